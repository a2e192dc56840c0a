import { fold } from './vietnamese.ts';

/**
 * The forms Pagefind indexes a written word under: the word with its punctuation removed
 * ("763/KH-UBND" → "763khubnd") and each of its letter/digit runs ("763", "kh", "ubnd").
 */
export function indexedForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (const token of fold(text).split(/\s+/)) {
    const joined = token.replace(/[^\p{L}\p{N}]/gu, '');
    if (joined) forms.add(joined);
    for (const part of token.split(/[^\p{L}\p{N}]+/u)) if (part) forms.add(part);
  }
  return forms;
}

/**
 * Query words (already folded, see queryWords) that no indexed form of the texts begins with.
 * Pagefind matches each word as a prefix; when none matches it silently searches a shorter
 * prefix instead, so a page it returns may lack a word entirely. An empty answer means every
 * word really occurs.
 */
export function missingWords(words: readonly string[], texts: readonly string[]): string[] {
  const forms = [...indexedForms(texts.join(' '))];
  return words.filter((word) => !forms.some((form) => form.startsWith(word)));
}
