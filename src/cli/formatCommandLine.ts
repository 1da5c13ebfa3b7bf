/**
 * A command line a user can paste into a POSIX shell: each word is left as it is when it
 * holds only safe characters, and put in single quotes otherwise (a single quote inside
 * becomes `'\''`). Used to print the exact command that continues an interrupted sweep.
 *
 * @example
 * formatCommandLine(['collabsim', 'sweep', 'my sweep.yaml', '--resume']); // "collabsim sweep 'my sweep.yaml' --resume"
 */
export function formatCommandLine(words: readonly string[]): string {
  return words.map((word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}
