/**
 * Bodies under the same numbered heading ("2. Liên đoàn Lao động tỉnh") each name that parent;
 * the heading is printed once, before the first of them. Returns a function to call in reading
 * order: it gives the parent to print before an item, or undefined when there is none to print.
 */
export function parentHeadingsOnce<P extends { id: string }>(): (parent: P | undefined) => P | undefined {
  const shown = new Set<string>();
  return (parent) => {
    if (!parent || shown.has(parent.id)) return undefined;
    shown.add(parent.id);
    return parent;
  };
}
