import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Path → sha256 of every file under `dir` (followed if it is a link), with each file's mode and
 * mtime when `withStat`: what a byte-for-byte comparison of two builds, or of one build before
 * and after, looks at.
 */
export function fileTree(dir: string, { withStat = false } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        const stat = withStat ? statSync(path) : undefined;
        out[relative(dir, path)] = stat ? `${hash} ${stat.mode} ${stat.mtimeMs}` : hash;
      }
    }
  };
  walk(dir);
  return out;
}
