/**
 * The first piece of a text that an HTML parser would read as markup rather than as words: a
 * start or end tag, a comment or a declaration (“<b”, “</title>”, “<!--”). A “<” followed by a
 * space or a digit (“< 5 %”, “<3”) is ordinary text and is not reported.
 */
export function findMarkup(text: string): string | undefined {
  const match = /<[a-z/!?][^\s<>]{0,30}>?/i.exec(text);
  return match?.[0];
}
