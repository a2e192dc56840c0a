import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';

/** Bytes of any content file: far above a story's bounds, so nothing huge is even read. */
export const MAX_SOURCE_BYTES = 1_000_000;

/** Astro's glob loader id for a file, given that file names are already ASCII slugs. */
export function entryIdFor(relativeToBase: string): string {
  return relativeToBase.replace(/\.(ya?ml|mdx?|json)$/, '').replace(/\/index$/, '');
}

/** Every file of a collection, as the check, the site's loader and the scripts all enumerate them. */
export function collectionFiles(root: string, collection: CollectionName): Array<{ rel: string; abs: string }> {
  const spec = COLLECTIONS[collection];
  const baseDir = join(root, spec.base);
  const files = existsSync(baseDir) ? globSync(spec.pattern, { cwd: baseDir }).sort() : [];
  return files.map((rel) => ({ rel: rel.split('\\').join('/'), abs: join(baseDir, rel) }));
}

/**
 * A content file's text, or the reason it cannot be read, in Vietnamese: a folder named like a
 * file, a broken link, a file too large to be a story.
 */
export function readContentFile(abs: string): { raw: string } | { message: string; fix: string } {
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) {
      return { message: 'Đây là một thư mục hoặc tệp đặc biệt, không phải tệp văn bản.', fix: 'Xoá nó, hoặc thay bằng một tệp văn bản thường.' };
    }
    if (stat.size > MAX_SOURCE_BYTES) {
      return {
        message: `Tệp dài ${stat.size.toLocaleString('vi-VN')} byte, vượt giới hạn ${MAX_SOURCE_BYTES.toLocaleString('vi-VN')} byte.`,
        fix: 'Rút gọn tệp; ảnh và tài liệu đặt thành tệp riêng, không chép vào tệp văn bản.',
      };
    }
    return { raw: readFileSync(abs, 'utf8') };
  } catch (error) {
    return {
      message: `Không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi không rõ'}).`,
      fix: 'Kiểm tra tệp có tồn tại, là tệp thường (không phải liên kết hỏng) và đọc được, rồi chạy lại.',
    };
  }
}
