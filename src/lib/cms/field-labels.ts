/**
 * The name an editor knows a story field by: the label the workspace's form shows
 * (ui.workspace.fields, the form's one home), so a failed check on a pull request says
 * “Nguồn tin 2 › Đường dẫn”, not only `sources[1].url`.
 */
import { ui } from '../i18n/ui.ts';
import { COLLECTIONS } from '../schemas/collections.ts';

const FORM = ui.workspace.fields;
const STORY_FILE = new RegExp(`^${COLLECTIONS.exemplars.base}/[^/]+/index\\.md$`);

/** `sources[1].url` → ['sources', 1, 'url']. */
function segments(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/**
 * The form's label for a field path as the check reports it (`sources[1].url`, `body`), or
 * undefined when the file is not a story or the form has no such field.
 */
export function formLabel(file: string, field: string): string | undefined {
  if (!STORY_FILE.test(file) || field === '-') return undefined;
  const parts: string[] = [];
  let path = '';
  for (const segment of segments(field)) {
    if (typeof segment === 'number') {
      // The form numbers list entries from 1.
      parts[parts.length - 1] = `${parts.at(-1)} ${segment + 1}`;
      path = `${path}.*`;
      continue;
    }
    path = path ? `${path}.${segment}` : segment;
    const label = FORM[path]?.label;
    if (!label) return undefined;
    parts.push(label);
  }
  return parts.length ? parts.join(' › ') : undefined;
}
