import { execFileSync } from 'node:child_process';

/**
 * The commit a study's report was generated at, for its header: the short hash, marked when
 * src/ or scenarios/ have uncommitted changes (the report then describes no commit exactly);
 * 'unknown' outside a git checkout.
 *
 * @example
 * gitDescription(); // 'c7eeee1' or 'c7eeee1 with uncommitted changes in src/ or scenarios/'
 */
export function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scenarios'], { encoding: 'utf8' }).trim();
    return dirty ? `${commit} with uncommitted changes in src/ or scenarios/` : commit;
  } catch {
    return 'unknown';
  }
}
