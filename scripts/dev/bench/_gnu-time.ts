/**
 * Timing of a build or check under GNU time (/usr/bin/time -v): wall time, CPU time of the
 * command and every process it waited for, and peak memory. Shared by the build benchmarks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchEnv } from './_pinned-date.ts';

const TIME = '/usr/bin/time';

export function ensureGnuTime(): void {
  if (existsSync(TIME)) return;
  if (process.getuid?.() !== 0) throw new Error('GNU time is missing: install the Debian package "time" (apt-get install time)');
  console.log('  installing GNU time (apt-get install time)…');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const result = spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(TIME)) throw new Error('Could not install GNU time');
}

export interface Measure {
  seconds: number;
  /** User + system CPU time of the command and every process it waited for (Astro, Pagefind). */
  cpuSeconds: number;
  peakMiB: number;
}

/**
 * Runs a command under GNU time, printing a heartbeat, and returns wall time, CPU time and peak
 * RSS. The machine is shared: CPU time is what others' work barely changes, wall time what a
 * person waits.
 */
export function timed(label: string, cwd: string, command: string[]): Promise<Measure> {
  return new Promise((done, fail) => {
    const report = join(cwd, `.time-${Date.now()}.txt`);
    const started = Date.now();
    const child = spawn(TIME, ['-v', '-o', report, ...command], {
      cwd,
      env: benchEnv({ ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const heartbeat = setInterval(() => console.log(`    ${label}: ${Math.round((Date.now() - started) / 1000)} s…`), 15_000);
    child.on('close', (code) => {
      clearInterval(heartbeat);
      if (code !== 0) return fail(new Error(`${label} failed (exit ${code}):\n${output.slice(-3000)}`));
      const text = readFileSync(report, 'utf8');
      rmSync(report);
      const wall = text.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/)?.[1] ?? '0:0';
      const seconds = wall.split(':').reduce((total, part) => total * 60 + Number(part), 0);
      const peakKiB = Number(text.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
      const cpu = (name: string) => Number(text.match(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? 0);
      done({ seconds, cpuSeconds: cpu('User') + cpu('System'), peakMiB: peakKiB / 1024 });
    });
  });
}

export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
