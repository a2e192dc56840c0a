#!/usr/bin/env node
/** Quality gates on the built site: valid HTML (two validators), no broken links, Lighthouse budgets. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeBase } from '../../../src/lib/base-path.ts';
import type { Gate } from './context.ts';
import { htmlGate } from './html.ts';
import { lighthouseGate } from './lighthouse.ts';
import { linksGate } from './links.ts';
import { nuGate } from './nu.ts';
import { parseCli } from '../../lib/cli.ts';

const GATES: Gate[] = [htmlGate, nuGate, linksGate, lighthouseGate];

const HELP = `Usage: npm run gates [-- options]

Runs the quality gates on an already built site (npm run build first) and exits non-zero if any
fails. The accessibility, keyboard, zoom and third-party-request gates are browser tests
(npm run test:browser).

Gates:
${GATES.map((g) => `  ${g.name.padEnd(11)} ${g.summary}`).join('\n')}

Options:
  --dir DIR       built site to check (default: dist)
  --only a,b      run only these gates
  --pages a,b     Lighthouse only on these pages, by label (e.g. "a story,stories index")
  -h, --help      show this help

Environment: SITE_URL and BASE_PATH as used for the build (default http://localhost:4321 and /),
CHROME_PATH (default /usr/bin/chromium).`;

const args = parseCli(HELP, {
  dir: { type: 'string', default: 'dist' },
  only: { type: 'string' },
  pages: { type: 'string' },
});
const dir = resolve(args.dir);
if (!existsSync(dir)) {
  console.error(`No built site at ${args.dir}/. Run "npm run build" first.`);
  process.exit(2);
}
const only = args.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((name) => !GATES.some((g) => g.name === name)) ?? [];
if (unknown.length) {
  console.error(`Unknown gate(s): ${unknown.join(', ')}. Known: ${GATES.map((g) => g.name).join(', ')}.`);
  process.exit(2);
}

const context = {
  dir,
  base: normalizeBase(process.env.BASE_PATH),
  site: process.env.SITE_URL || 'http://localhost:4321',
  ...(args.pages ? { pages: args.pages.split(',').map((s) => s.trim()) } : {}),
};
const failed: string[] = [];
for (const gate of GATES.filter((g) => !only || only.includes(g.name))) {
  const started = performance.now();
  console.log(`▶ ${gate.name}: ${gate.summary}`);
  let problems: number;
  try {
    problems = await gate.run(context);
  } catch (error) {
    console.error(`  ${error instanceof Error ? error.message : error}`);
    problems = 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(problems ? `✗ ${gate.name} failed (${problems} problems, ${seconds} s)` : `✓ ${gate.name} passed (${seconds} s)`);
  if (problems) failed.push(gate.name);
}
if (failed.length) {
  console.error(`Failed gates: ${failed.join(', ')}`);
  process.exit(1);
}
