import { RESERVED_STORY_SLUGS, STORIES_SEGMENT } from '../../stories/paths.ts';
import { slugify } from '../../text/slug.ts';
import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/**
 * A story's folder name is its address, /cau-chuyen/<slug>/, and must stay unique: it must not
 * take an address the story list uses (/cau-chuyen/trang/…), and the same story (same unit,
 * same title once folded) must not be published twice under two folders.
 */
export const storySlugs: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of ctx.entries.get('exemplars').values()) {
    const story = entry.data;
    if (RESERVED_STORY_SLUGS.has(entry.id)) {
      problems.push({
        file: entry.source.file,
        line: 1,
        field: '-',
        message: `Tên thư mục “${entry.id}” trùng với địa chỉ /${STORIES_SEGMENT}/${entry.id}/ mà danh sách câu chuyện đã dùng.`,
        fix: `Đổi tên thư mục theo tiêu đề câu chuyện, ví dụ “${slugify(story.title) || 'ten-cau-chuyen'}”.`,
      });
    }
    const key = `${slugify(story.unit.name)}|${slugify(story.title)}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['title']),
        field: 'title',
        message: `Câu chuyện này trùng tiêu đề và đơn vị với ${first}: cùng một câu chuyện sẽ có hai địa chỉ.`,
        fix: 'Nếu là cùng một câu chuyện, xoá một thư mục; nếu khác, đặt tiêu đề khác cho rõ.',
      });
    } else {
      seen.set(key, entry.source.file);
    }
  }
  return problems;
};
