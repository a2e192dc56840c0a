import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

/**
 * Defence in depth: even a build that skips the content check (`--skip-check`) must not publish
 * script from a story. The fixture's body holds every trick the check rejects.
 */
let project: string;
let article: Element;
let html: string;

beforeAll(() => {
  project = projectCopy('hostile');
  copyStories(join(FIXTURES, 'hostile'), project);
  const env = { ...process.env, BUILD_DATE: TEST_BUILD_DATE };
  const built = spawnSync(NODE, ['scripts/build.ts', '--out', 'dist', '--skip-check'], { cwd: project, encoding: 'utf8', env });
  if (built.status !== 0) throw new Error(`Build failed:\n${built.stdout}\n${built.stderr}`);
  html = readFileSync(join(project, 'dist/cau-chuyen/mau-h-noi-dung-doc-hai/index.html'), 'utf8');
  article = parseHTML(html).document.querySelector('article.story') as unknown as Element;
});

describe('a hostile story built without the check', () => {
  it('is rejected by the check, which is what normally stops it', () => {
    const checked = spawnSync(NODE, ['scripts/check-content.ts', '--root', project], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
    });
    expect(checked.status).toBe(1);
    expect(checked.stdout.split('\n').filter((line) => line.includes('  body  ')).length).toBeGreaterThanOrEqual(15);
  });

  it('publishes no script, frame, style, handler or script URL from the story', () => {
    expect(article).toBeTruthy();
    expect(article.querySelectorAll('script, iframe, svg, style, object, embed, evil').length).toBe(0);
    for (const el of article.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.name, el.tagName).not.toBe('style');
        expect(attr.value, `${el.tagName} ${attr.name}`).not.toMatch(/javascript:|data:text|evil\.example/i);
      }
    }
    expect(html).not.toMatch(/<script>alert|onerror=|<iframe/);
  });

  it('keeps the story readable: text stays as escaped text', () => {
    const text = article.textContent ?? '';
    expect(text).toContain('Đoạn cuối vẫn phải hiện ra.');
    expect(text).toContain('Năm {new Date().getFullYear()}');
  });
});
