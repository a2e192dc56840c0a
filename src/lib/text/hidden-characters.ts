/**
 * Characters a reader cannot see but that change what a title, a name or a summary shows or
 * means: C0/C1 control characters (bar tab and line feed), direction overrides and isolates
 * (text that reads backwards), zero-width and other invisible format characters, the byte order
 * mark, noncharacters, tag characters and lone surrogates (which also break XML, e.g. rss.xml).
 */
const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb\ufffe\uffff\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}\u{d800}-\u{dfff}]/u;

export interface HiddenCharacter {
  /** "U+202E" */
  codePoint: string;
  /** What kind of character it is, in Vietnamese. */
  kind: string;
  /** The visible text just before it (up to 20 characters), to find it by. */
  after: string;
}

export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  const match = HIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  return {
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    kind: kindOf(code),
    after: [...text.slice(0, match.index).replace(new RegExp(HIDDEN.source, 'gu'), '')].slice(-20).join(''),
  };
}

function kindOf(code: number): string {
  if (code <= 0x9f) return 'ký tự điều khiển';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
    return 'ký tự đảo chiều chữ';
  }
  if (code >= 0xd800 && code <= 0xdfff) return 'nửa ký tự bị cắt rời (surrogate)';
  if (code === 0xfeff) return 'dấu BOM vô hình';
  return 'ký tự vô hình';
}

/** The Vietnamese message for a hidden character: what was found, where, and what to do. */
export function hiddenCharacterMessage(found: HiddenCharacter): string {
  const where = found.after ? `ngay sau “${found.after}”` : 'ở đầu';
  return (
    `Có ký tự ẩn hoặc ký tự điều khiển (${found.codePoint}, ${found.kind}) ${where}: người đọc không thấy nó, ` +
    'nhưng nó làm sai chữ hiện ra, làm hỏng tìm kiếm và nguồn tin RSS. Hãy xoá rồi gõ lại đoạn chữ quanh chỗ đó ' +
    '(ký tự này thường lọt vào khi chép từ trang web hoặc Word).'
  );
}
