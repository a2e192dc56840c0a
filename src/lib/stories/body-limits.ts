/**
 * Bounds on a story body, checked by one linear pass before any Markdown parser sees it. The
 * CommonMark parser is quadratic on some inputs (100,000 “>” took minutes, 3,000 list markers on
 * one line overflowed the stack, long runs of emphasis marks or setext headings take seconds per
 * few kilobytes), so these bounds are what keep the check and the build fast on any file. A real
 * story is a few kilobytes, a few dozen lines, two or three levels of list at most.
 */
export const BODY_LIMITS = {
  /** UTF-8 bytes of the body: about 10,000 words of Vietnamese. */
  bytes: 60_000,
  /** Lines of the body. */
  lines: 1_000,
  /** Block containers opened on one line: “>” quotes, list markers, and indentation (2 columns a level). */
  nesting: 6,
  /** Emphasis and link marks (* _ [ ]) in one paragraph: lines up to a blank line, a heading or a list item. */
  inlineMarks: 120,
} as const;

export interface BodyLimitProblem {
  /** 1-based line in the body. */
  line: number;
  message: string;
  fix: string;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const INLINE_MARKS = new Set(['*', '_', '[', ']']);

/**
 * Every bound the body exceeds, at most one problem per bound (the first place it is
 * exceeded). Size and line count are checked first: past them, nothing else is read.
 */
export function findBodyLimitProblems(markdown: string): BodyLimitProblem[] {
  const bytes = Buffer.byteLength(markdown);
  if (bytes > BODY_LIMITS.bytes) {
    return [
      {
        line: 1,
        message: `Nội dung câu chuyện dài ${bytes.toLocaleString('vi-VN')} byte, vượt giới hạn ${BODY_LIMITS.bytes.toLocaleString('vi-VN')} byte (khoảng 10.000 chữ).`,
        fix: 'Rút gọn câu chuyện, hoặc tách thành nhiều câu chuyện.',
      },
    ];
  }
  let lines = 1;
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) lines++;
  if (lines > BODY_LIMITS.lines) {
    return [
      {
        line: BODY_LIMITS.lines + 1,
        message: `Nội dung câu chuyện có ${lines} dòng, vượt giới hạn ${BODY_LIMITS.lines} dòng.`,
        fix: 'Rút gọn câu chuyện, hoặc tách thành nhiều câu chuyện; một đoạn văn không cần xuống dòng giữa chừng.',
      },
    ];
  }

  const problems: BodyLimitProblem[] = [];
  let nestingReported = false;
  let marksReported = false;
  let marks = 0;
  let paragraphLine = 1;
  let start = 0;
  for (let line = 1; start <= markdown.length; line++) {
    const newline = markdown.indexOf('\n', start);
    const end = newline === -1 ? markdown.length : newline;
    const text = markdown.slice(start, end);
    start = end + 1;

    // A blank line ends the paragraph; a thematic break (“* * *”) holds no inline marks.
    if (!text.trim() || THEMATIC_BREAK.test(text)) {
      marks = 0;
      paragraphLine = line + 1;
      continue;
    }
    const { depth, listItem } = containerDepth(text);
    if (listItem || /^ {0,3}#/.test(text)) {
      marks = 0;
      paragraphLine = line;
    }
    if (!nestingReported && depth > BODY_LIMITS.nesting) {
      nestingReported = true;
      problems.push({
        line,
        message: `Dòng này lồng ${depth} tầng danh sách, trích dẫn hoặc thụt lề (“- ”, “> ”, dấu cách đầu dòng), vượt giới hạn ${BODY_LIMITS.nesting} tầng.`,
        fix: 'Bớt các dấu “-”, “>” và dấu cách ở đầu dòng: danh sách hay trích dẫn chỉ nên lồng hai, ba tầng.',
      });
    }
    if (!marksReported) {
      for (const char of text) if (INLINE_MARKS.has(char)) marks++;
      if (marks > BODY_LIMITS.inlineMarks) {
        marksReported = true;
        problems.push({
          line: paragraphLine,
          message: `Đoạn văn này có hơn ${BODY_LIMITS.inlineMarks} dấu định dạng (* _ [ ]), vượt giới hạn cho một đoạn.`,
          fix: 'Chia thành nhiều đoạn ngắn (cách nhau một dòng trống), hoặc bớt chữ đậm, chữ nghiêng và liên kết.',
        });
      }
    }
  }
  return problems;
}

/**
 * An upper bound on the block containers a line opens or continues, and whether it starts a
 * list item (whose text is a paragraph of its own): each “>” and list marker
 * at its start, plus one level per two columns of indentation (the least a nested list needs)
 * before the first marker, or beyond the one space that follows each marker.
 */
function containerDepth(line: string): { depth: number; listItem: boolean } {
  let depth = 0;
  let listItem = false;
  let indentation = 0;
  let run = 0;
  let i = 0;
  const endRun = () => {
    indentation += depth === 0 ? run : Math.max(0, run - 1);
    run = 0;
  };
  while (i < line.length) {
    const char = line[i]!;
    if (char === ' ') {
      run++;
      i++;
    } else if (char === '\t') {
      run += 4 - (run % 4);
      i++;
    } else if (char === '>') {
      endRun();
      depth++;
      i++;
    } else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!marker) break;
      endRun();
      depth++;
      listItem = true;
      i += marker[0].length;
    }
  }
  endRun();
  return { depth: depth + Math.floor(indentation / 2), listItem };
}
