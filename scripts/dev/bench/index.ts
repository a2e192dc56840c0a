#!/usr/bin/env node
/**
 * Runs the benchmark modules in scripts/dev/bench/ (every .ts file here except this one and
 * helpers starting with "_"), one after another, each as its own process.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const MODULES = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const HELP = `Usage: npm run bench [-- [module ...] [-- module options]]

Runs the benchmark modules (all by default) and prints their results; modules that take
--write update docs/benchmarks.md. Numbers belong in docs/benchmarks.md, not in tests.

Modules: ${MODULES.join(', ')}
  npm run bench -- build --help     help of one module
  npm run bench -- build -- --sizes 100 --write

Options:
  -h, --help   show this help`;

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const names = split >= 0 ? argv.slice(0, split) : argv.filter((a) => !a.startsWith('-'));
const passThrough = split >= 0 ? argv.slice(split + 1) : argv.filter((a) => a.startsWith('-') && a !== '-h' && a !== '--help');
if ((argv.includes('--help') || argv.includes('-h')) && names.length === 0) {
  console.log(HELP);
  process.exit(0);
}
const help = argv.includes('--help') || argv.includes('-h') ? ['--help'] : [];
const unknown = names.filter((n) => !MODULES.includes(n));
if (unknown.length) {
  console.error(`Unknown benchmark module(s): ${unknown.join(', ')}. Known: ${MODULES.join(', ')}.`);
  process.exit(2);
}
for (const name of names.length ? names : MODULES) {
  console.log(`▶ bench ${name}`);
  const result = spawnSync(process.execPath, [`${DIR}${name}.ts`, ...passThrough, ...help], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ bench ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
