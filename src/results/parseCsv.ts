/**
 * Splits RFC 4180 CSV text into rows of fields: quoted fields may hold commas, doubled quotes
 * and line breaks; rows end with `\n` or `\r\n`. An empty quoted field `""` stays distinct
 * from an empty unquoted one only in that both give `''`. Cost O(length of text).
 *
 * @example
 * [...parseCsv('a,b\n1,"x, ""y"""\n')]; // [['a', 'b'], ['1', 'x, "y"']]
 */
export function* parseCsv(text: string): Generator<string[]> {
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"') {
      quoted = true;
      any = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      any = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      yield row;
      row = [];
      field = '';
      any = false;
    } else {
      field += c;
      any = true;
    }
    i++;
  }
  if (any || field !== '') {
    row.push(field);
    yield row;
  }
}
