/**
 * Publishes a finished build so that the output path (dist/) is, at every instant, either the
 * complete previous site or the complete new one, even if the process is killed mid-way.
 *
 * A folder cannot be replaced by a rename while it has files (and Node has no
 * renameat2(RENAME_EXCHANGE)), but a symbolic link can: dist is a link to a versioned sibling
 * folder, and publishing renames a new link over it, which POSIX makes atomic.
 *
 *   dist.tmp-<pid>           being built by process <pid>
 *   dist.site-<pid>-<time>   a finished site; dist → the current one
 *   dist.link-<pid>          the new link, an instant before it is renamed to dist
 *   dist.old-<pid>           a real dist/ folder (an older build), moved aside once (see below)
 *
 * Anything of these left by a process that is no longer running (a killed or crashed build) is
 * removed by the next build, except the folder dist points to. A process that is still running
 * (a second build into the same folder) keeps its own.
 *
 * The one non-atomic case: when dist is a real folder (built by an older version of this script
 * or by plain `astro build`), it is moved aside before the link takes its name, once.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Kinds of sibling folders, and the pid in their name. */
const LEFTOVER = /^\.(tmp|site|link|old)-(\d+)(?:-[a-z0-9]+)?$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder dist links to, as a name in the same parent folder, or undefined. */
function currentTarget(out: string): string | undefined {
  out = resolve(out);
  try {
    return lstatSync(out).isSymbolicLink() ? basename(readlinkSync(out)) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes what killed or crashed builds into `out` left behind; returns the names removed. */
export function removeLeftovers(out: string): string[] {
  // Without a trailing slash, which would make lstat follow the link.
  out = resolve(out);
  const parent = dirname(out);
  const name = basename(out);
  if (!existsSync(parent)) return [];
  const current = currentTarget(out);
  const removed: string[] = [];
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(name) || entry === current) continue;
    const match = LEFTOVER.exec(entry.slice(name.length));
    if (!match || isRunning(Number(match[2]))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/** Where this process builds before publishing into `out`. */
export function scratchFolder(out: string): string {
  return `${resolve(out)}.tmp-${process.pid}`;
}

/**
 * Crash points for tests/build/atomic-build.test.ts: the process kills itself with SIGKILL
 * there, like a power cut, so no cleanup of ours runs.
 */
function crashPoint(name: 'before-swap' | 'after-swap'): void {
  if (process.env.BUILD_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}

/**
 * Makes the finished `scratch` the site at `out`, then removes the previous version. Throws only
 * before the swap, with `out` unchanged.
 */
export function publish(scratch: string, out: string): void {
  out = resolve(out);
  const site = `${out}.site-${process.pid}-${Date.now().toString(36)}`;
  renameSync(scratch, site);
  const link = `${out}.link-${process.pid}`;
  rmSync(link, { force: true });
  // Relative, so the project folder can be moved or copied with its output.
  symlinkSync(basename(site), link);
  const previous = currentTarget(out);
  // Only a version this script made: dist may have been pointed elsewhere by hand.
  const name = basename(out);
  let discard = previous?.startsWith(name) && LEFTOVER.exec(previous.slice(name.length))?.[1] === 'site' ? join(dirname(out), previous) : undefined;
  crashPoint('before-swap');
  if (existsSync(out) && !lstatSync(out).isSymbolicLink()) {
    discard = `${out}.old-${process.pid}`;
    renameSync(out, discard);
    try {
      renameSync(link, out);
    } catch (error) {
      renameSync(discard, out);
      throw error;
    }
  } else {
    renameSync(link, out);
  }
  crashPoint('after-swap');
  try {
    if (discard) rmSync(discard, { recursive: true, force: true });
  } catch {
    // Published already; the next build removes what is left (removeLeftovers).
  }
}
