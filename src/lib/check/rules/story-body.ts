import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findBodyProblems } from '../../stories/body-problems.ts';
import type { ContentRule } from '../check-content.ts';
import { unexpectedFailure, type Problem } from '../problem.ts';

/**
 * Unsafe or broken Markdown in a story body: MDX syntax, raw HTML, script, event handlers,
 * javascript: links, pictures that are missing, remote or without a description. Runs on every
 * story file read, even one whose frontmatter failed, so editors see every problem at once.
 */
export const storyBodies: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  for (const { collection, source } of ctx.files) {
    if (collection !== 'exemplars' || source.body === undefined) continue;
    const folder = join(ctx.root, dirname(source.file));
    const offset = (source.bodyLine ?? 1) - 1;
    try {
      for (const p of findBodyProblems(source.body, { imageExists: (name) => existsSync(join(folder, name)) })) {
        problems.push({ file: source.file, line: p.line + offset, field: 'body', message: p.message, fix: p.fix });
      }
    } catch (error) {
      // One body the parser cannot handle costs one problem line, not the whole report.
      problems.push({ ...unexpectedFailure(source.file, 'đọc phần nội dung', error), line: offset + 1, field: 'body' });
    }
  }
  return problems;
};
