import ts from 'typescript';

/**
 * The public API as markdown: every name exported by `src/index.ts`, grouped by the
 * `// --- group ---` comments there, with its kind and the first sentence of its doc comment.
 */
export function apiReference(): string {
  const index = new URL('../src/index.ts', import.meta.url).pathname;
  const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index)!;
  const lines: string[] = [];
  let group = '';
  for (const statement of source.statements) {
    const comment = source.getFullText().slice(statement.getFullStart(), statement.getStart());
    const heading = /\/\/ --- (.+?) -+/.exec(comment);
    if (heading && heading[1] !== group) {
      group = heading[1];
      lines.push('', `## ${group}`, '', '| name | kind | what it is |', '|---|---|---|');
    }
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (ts.isNamespaceExport(statement.exportClause)) {
      lines.push(`| \`${statement.exportClause.name.text}\` | namespace | ${namespaceDoc(statement)} |`);
      continue;
    }
    for (const element of statement.exportClause.elements) {
      const local = checker.getExportSpecifierLocalTargetSymbol(element);
      const symbol = local && local.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(local) : local;
      if (!symbol) continue;
      const doc = firstSentence(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
      lines.push(`| \`${element.name.text}\` | ${kind(symbol, element.isTypeOnly || statement.isTypeOnly)} | ${doc.replace(/\|/g, '\\|')} |`);
    }
  }
  return lines.join('\n').trim() + '\n';
}

function namespaceDoc(statement: ts.ExportDeclaration): string {
  const from = (statement.moduleSpecifier as ts.StringLiteral).text;
  return `every function of \`${from.replace(/^\.\//, 'src/').replace(/\.js$/, '.ts')}\``;
}

function kind(symbol: ts.Symbol, typeOnly: boolean): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Interface || f & ts.SymbolFlags.TypeAlias) return 'type';
  if (typeOnly) return 'type';
  if (f & ts.SymbolFlags.Variable) return 'constant';
  return 'value';
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const end = flat.search(/\.(\s|$)/);
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}

/**
 * The names of the main entry point whose doc comment has no `@example` and that no example
 * above their export in src/index.ts (within their `// ---` group) uses (a namespace counts its module's own
 * doc comment). Empty when every public name teaches by example.
 *
 * @example
 * namesWithoutExample(); // []
 */
export function namesWithoutExample(): string[] {
  const index = new URL('../src/index.ts', import.meta.url).pathname;
  const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index)!;
  const missing: string[] = [];
  let example = ''; // the last example above an export of the current group
  for (const statement of source.statements) {
    const above = source.getFullText().slice(statement.getFullStart(), statement.getStart());
    if (/\/\/ --- /.test(above)) example = '';
    if (above.includes('@example')) example = above.slice(above.lastIndexOf('@example'));
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (ts.isNamespaceExport(statement.exportClause)) {
      const module = program.getSourceFile(new URL((statement.moduleSpecifier as ts.StringLiteral).text.replace(/\.js$/, '.ts'), new URL('../src/index.ts', import.meta.url)).pathname);
      if (!module || !/@example/.test(module.getFullText().slice(0, module.statements[0]?.getStart() ?? 0))) missing.push(statement.exportClause.name.text);
      continue;
    }
    for (const element of statement.exportClause.elements) {
      const local = checker.getExportSpecifierLocalTargetSymbol(element);
      const symbol = local && local.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(local) : local;
      const documented = (symbol?.getJsDocTags(checker) ?? []).some((tag) => tag.name === 'example');
      if (!documented && !new RegExp(`\\b${element.name.text}\\b`).test(example)) missing.push(element.name.text);
    }
  }
  return missing;
}
