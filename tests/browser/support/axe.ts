import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the site must pass. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Violations in code this project does not own yet, allowed one element at a time until that
 * code changes. Everything else, including the same rule on any other element, fails.
 */
const KNOWN: Array<{ rule: string; target: string; reason: string }> = [];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the site's CSP (rightly) does not allow inline.
  await page.evaluate(AXE_SOURCE);
  const violations: Violation[] = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; help: string; nodes: Array<{ target: string[] }> }) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_AA);
  return violations
    .map((v) => ({ ...v, targets: v.targets.filter((t) => !KNOWN.some((k) => k.rule === v.id && k.target === t)) }))
    .filter((v) => v.targets.length > 0)
    .map((v) => `${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

