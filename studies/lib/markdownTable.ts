/**
 * A GitHub-flavoured markdown table from a header and rows of cells (pipes in cells are
 * escaped). Cost O(cells).
 *
 * @example
 * markdownTable(['a', 'b'], [[1, 'x']]); // '| a | b |\n|---|---|\n| 1 | x |'
 */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
