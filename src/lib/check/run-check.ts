import { checkContent, type CheckOptions, type CheckResult } from './check-content.ts';
import { sortProblems } from './problem.ts';
import { DEFAULT_RULES } from './rules/index.ts';
import { checkStoryPictures } from './story-pictures.ts';

/**
 * The whole content check, exactly as `npm run check` runs it: every collection with the
 * project's rules, then every story picture. Pictures are decoded asynchronously (sharp), so
 * they are checked beside the synchronous pass rather than inside it.
 */
export async function runContentCheck(options: Omit<CheckOptions, 'rules'>): Promise<CheckResult> {
  const result = checkContent({ ...options, rules: DEFAULT_RULES });
  return { ...result, problems: sortProblems([...result.problems, ...(await checkStoryPictures(options.root))]) };
}
