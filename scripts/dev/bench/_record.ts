import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineLine } from './_machine.ts';

const BENCHMARKS = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

/**
 * Records one benchmark's result in docs/benchmarks.md (see writeBlock), followed by when and on
 * what machine it was measured.
 */
export function recordResult(name: string, heading: string, markdown: string): void {
  const stamped = `${markdown.trim()}\n\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machineLine()}.`;
  const doc = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '# Benchmarks\n';
  writeFileSync(BENCHMARKS, writeBlock(doc, name, heading, stamped));
  console.log('  ✓ wrote docs/benchmarks.md');
}

/**
 * Writes one benchmark's result into docs/benchmarks.md between its own markers
 * (`<!-- bench:NAME:start -->` … `<!-- bench:NAME:end -->`), so several benchmarks (and people)
 * can share the file. A missing block is added at the end of the `## heading` section, and a
 * missing section at the end of the file.
 */
export function writeBlock(doc: string, name: string, heading: string, markdown: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from !== -1 && to > from) return `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`;

  const lines = doc.replace(/\s+$/, '').split('\n');
  const at = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (at === -1) return `${lines.join('\n')}\n\n## ${heading}\n\n${block}\n`;
  let next = lines.findIndex((l, i) => i > at && l.startsWith('## '));
  if (next === -1) next = lines.length;
  const before = lines.slice(0, next).join('\n').replace(/\s+$/, '');
  const after = lines.slice(next).join('\n');
  return `${before}\n\n${block}\n${after ? `\n${after}\n` : ''}`;
}
