import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.ts';

/** The pull-request check must never hand a fork's code a write token or secrets. */
describe('.github/workflows/content-check.yml', () => {
  const text = readFileSync(join(ROOT, '.github/workflows/content-check.yml'), 'utf8');
  // The file's comments explain why pull_request_target is not used; only the YAML counts.
  const code = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  const workflow = parse(text) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { permissions?: unknown; steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs on pull_request with a read-only token, never pull_request_target', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(code).not.toMatch(/pull_request_target/);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    expect(code).not.toMatch(/secrets\./);
  });

  it('runs the content check, then the build, and uploads the built site (the folder dist links to)', () => {
    const runs = steps.map((s) => s.run ?? '');
    const check = runs.findIndex((r) => r.includes('npm run check'));
    const build = runs.findIndex((r) => r.includes('npm run build'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(check);
    // dist is a link (scripts/lib/atomic-publish.ts), which upload-artifact does not follow.
    const resolve = runs.findIndex((r) => r.includes('SITE_DIR=$(readlink -f dist)'));
    expect(resolve).toBeGreaterThan(build);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.path).toBe('${{ env.SITE_DIR }}');
  });
});
