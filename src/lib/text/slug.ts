/**
 * ASCII slugs for URLs and folder names, folded from Vietnamese. NFD strips the tone and vowel
 * marks but leaves đ/Đ (a letter of its own, not d + a mark), so they are mapped explicitly;
 * otherwise "Đường" would fold to "ng" and "đ" words would vanish from URLs.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug kept, cut at a word boundary, so URLs stay readable on a phone. */
export const SLUG_MAX = 60;

/** Vietnamese text without marks: "Đường bê tông" → "Duong be tong". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string, max: number = SLUG_MAX): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    // Apostrophes join the parts of one name (Ia H'Drai → ia-hdrai), they do not separate words.
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** A slug not in `taken`, adding -2, -3… as needed; the first story keeps the plain slug. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
