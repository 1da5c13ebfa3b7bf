import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The installed collabsim version (from its `package.json`), recorded in every results
 * folder so results can be traced to the code that made them.
 *
 * @example
 * libraryVersion(); // "0.1.0"
 */
export function libraryVersion(): string {
  if (cached === undefined) {
    const url = new URL('../../package.json', import.meta.url);
    cached = String((JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown }).version);
  }
  return cached;
}
