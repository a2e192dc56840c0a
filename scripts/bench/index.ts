#!/usr/bin/env node
/**
 * Runs the benchmark modules in scripts/bench/ (every .ts file here except this one and helpers
 * starting with "_"), one after another, each as its own process. Numbers belong in
 * docs/benchmarks.md, never in timed tests.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const MODULES = readdirSync(DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

const HELP = `Usage: npm run bench [-- [module …] [options]]

Runs the benchmark modules (all by default); options are passed on to each module.
  npm run bench -- search --help              options of one module
  npm run bench -- search --write             measure and record in docs/benchmarks.md
  npm run bench -- search --sizes 1000        fewer synthetic stories

Modules: ${MODULES.join(', ')}
Options:
  -h, --help   show this help (with a module name: that module's help)`;

const args = process.argv.slice(2);
const names = args.filter((arg) => MODULES.includes(arg));
const rest = args.filter((arg) => !MODULES.includes(arg));
if (names.length === 0 && (rest.includes('--help') || rest.includes('-h'))) {
  console.log(HELP);
  process.exit(0);
}
const unknown = rest.filter((arg, i) => !arg.startsWith('-') && !(i > 0 && rest[i - 1]!.startsWith('--') && !rest[i - 1]!.includes('=')));
if (unknown.length > 0) {
  console.error(`Unknown benchmark module(s): ${unknown.join(', ')}. Known: ${MODULES.join(', ')}.`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : MODULES) {
  console.error(`▶ bench ${name}`);
  const result = spawnSync(process.execPath, [`${DIR}${name}.ts`, ...rest], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ bench ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
