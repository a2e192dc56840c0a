/** Replaces (or appends) the `## heading` section of a Markdown file, up to the next `## ` heading. */
export function replaceSection(doc: string, heading: string, body: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  const section = [`## ${heading}`, '', body.trim(), ''];
  if (start === -1) return `${doc.trimEnd()}\n\n${section.join('\n')}`;
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end === -1) end = lines.length;
  return [...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n').replace(/\n{3,}/g, '\n\n');
}
