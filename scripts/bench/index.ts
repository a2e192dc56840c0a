#!/usr/bin/env node
/**
 * Runs the benchmarks and records each one's result in docs/benchmarks.md, under the heading
 * that benchmark owns (other sections of the file are left as they are). To add a benchmark,
 * write a module exporting a BenchModule (types.ts) and list it in BENCHMARKS.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildStoriesBench } from './build-stories.ts';
import { checkStoriesBench } from './check-stories.ts';
import { machineDescription } from './machine.ts';
import { replaceSection } from './record.ts';
import type { BenchModule } from './types.ts';

const BENCHMARKS: BenchModule[] = [checkStoriesBench, buildStoriesBench];

const HELP = `Usage: npm run bench [-- options] [name…]

Runs the benchmarks (by default those marked default below) and writes each result into its
own section of docs/benchmarks.md.

Benchmarks:
${BENCHMARKS.map((b) => `  ${b.name.padEnd(16)}${b.description}${b.runByDefault ? ' [default]' : ''}`).join('\n')}

Options:
  --all          run every benchmark, slow ones included
  --dry-run      print the results, do not write docs/benchmarks.md
  -h, --help     show this help`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const unknown = positionals.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}\n\n${HELP}`);
  process.exit(2);
}
const selected = BENCHMARKS.filter((b) => (positionals.length ? positionals.includes(b.name) : values.all || b.runByDefault));

const repo = fileURLToPath(new URL('../../', import.meta.url));
const docPath = join(repo, 'docs/benchmarks.md');

const HEADER = `# Benchmarks

Numbers measured by \`npm run bench\` (scripts/bench/), never by timed tests. Each section is
rewritten by the benchmark that owns it. The machine is a shared 2-core virtual machine; each
section records the load average at the time, since other work on the machine slows the runs.
`;

for (const bench of selected) {
  console.error(`▶ ${bench.name}: ${bench.description}`);
  const body = await bench.run({ repo, log: (line) => console.error(`  ${line}`) });
  console.log(`\n## ${bench.heading}\n\n${body}\n`);
  if (!values['dry-run']) {
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : `${HEADER}\nMachine: ${machineDescription()}, shared with other work.\n`;
    writeFileSync(docPath, `${replaceSection(doc, bench.heading, body).trimEnd()}\n`);
    console.error(`✓ Đã ghi kết quả vào docs/benchmarks.md (mục “${bench.heading}”).`);
  }
}
