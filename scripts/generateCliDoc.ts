/** Writes the command reference of docs/cli.md from every command's `--help`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cliReference, END, START } from './cliReference.js';

const file = new URL('../docs/cli.md', import.meta.url);
const doc = readFileSync(file, 'utf8');
const reference = `${START}\n\n${await cliReference()}\n${END}\n`;
const at = doc.indexOf(START);
const next = at >= 0 ? doc.slice(0, at) + reference + doc.slice(doc.indexOf(END) + END.length + 1) : `${doc.trimEnd()}\n\n${reference}`;
writeFileSync(file, next);
console.error('wrote docs/cli.md');
