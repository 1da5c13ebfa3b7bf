import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The real, absolute path of a folder: symbolic links (in the folder itself or any folder
 * above it) resolved, so two names for one folder give the same text. A folder that does not
 * exist yet gets the real path of its nearest existing ancestor followed by the rest of the
 * name, so `out/new` under a link `out -> shards` is known to lie inside `shards`.
 * `path.resolve` alone only tidies the text: a link to a shard would look like another folder,
 * and `merge --force --out <link>` would empty the shard it reads. Cost O(path depth).
 *
 * @example
 * // with a link 'latest' -> 'shards/1'
 * realFolder('latest') === realFolder('shards/1'); // true
 */
export function realFolder(dir: string): string {
  const absolute = resolve(dir);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realFolder(parent), basename(absolute));
  }
}
