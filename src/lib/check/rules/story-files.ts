import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { IMAGE_EXTENSIONS } from '../../schemas/exemplars.ts';
import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

const IMAGE_FILE = new RegExp(`^[a-z0-9][a-z0-9._-]*\\.(?:${IMAGE_EXTENSIONS.join('|')})$`);
/**
 * Pictures are resized for readers at build time, but the originals live in git forever and
 * every clone downloads them: a camera's 12 MB photo is refused, a phone-sized one is fine.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Files an editor may leave at the top of content/exemplars/ (the folder's own guide). */
const TOP_LEVEL_ALLOWED = new Set(['README.md', '.gitkeep']);

/**
 * The site only reads content/exemplars/<slug>/index.md: a story saved as index.mdx, as a
 * loose file, or with another name would silently not be published, so it is reported.
 * Story folders hold the story and its pictures only. The cover picture must exist.
 */
export const storyFiles: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const base = COLLECTIONS.exemplars.base;
  const baseDir = join(ctx.root, base);
  if (existsSync(baseDir)) {
    for (const item of readdirSync(baseDir, { withFileTypes: true })) {
      const path = `${base}/${item.name}`;
      if (item.isFile()) {
        if (TOP_LEVEL_ALLOWED.has(item.name)) continue;
        problems.push({
          file: path,
          line: 1,
          field: '-',
          message: 'Câu chuyện phải nằm trong thư mục riêng, nên tệp này sẽ không được đăng.',
          fix: `Tạo thư mục ${base}/ten-cau-chuyen/ và đặt nội dung vào tệp index.md trong đó (xem CONTRIBUTING.md).`,
        });
        continue;
      }
      if (!item.isDirectory()) continue;
      const names = readdirSync(join(baseDir, item.name));
      if (!names.includes('index.md')) {
        problems.push({
          file: `${path}/`,
          line: 1,
          field: '-',
          message: 'Thư mục câu chuyện không có tệp index.md, nên câu chuyện sẽ không được đăng.',
          fix: names.some((n) => /^index\./i.test(n))
            ? 'Đổi tên tệp câu chuyện thành đúng “index.md” (chữ thường, đuôi .md, không dùng .mdx).'
            : 'Thêm tệp index.md (chạy “npm run new:story” hoặc chép mẫu trong CONTRIBUTING.md).',
        });
      }
      for (const name of names) {
        if (IMAGE_FILE.test(name)) {
          const bytes = statSync(join(baseDir, item.name, name)).size;
          if (bytes > MAX_IMAGE_BYTES) {
            problems.push({
              file: `${path}/${name}`,
              line: 1,
              field: '-',
              message: `Ảnh nặng ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
              fix: 'Thu nhỏ ảnh (chiều rộng khoảng 1600 điểm ảnh là đủ) hoặc lưu lại dạng .jpg chất lượng 80, rồi tải lên lại.',
            });
          }
          continue;
        }
        if (name === 'index.md') continue;
        problems.push({
          file: `${path}/${name}`,
          line: 1,
          field: '-',
          message: `Thư mục câu chuyện chỉ chứa index.md và ảnh (${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}, tên chữ thường không dấu); tệp này không được dùng.`,
          fix: name.endsWith('.mdx')
            ? 'Câu chuyện viết bằng Markdown thường: đổi tên thành index.md và bỏ mọi câu lệnh import/export.'
            : 'Xoá tệp này; nếu là ảnh, đặt tên bằng chữ thường không dấu (ví dụ anh-1.jpg) và dùng định dạng .jpg, .png hoặc .webp.',
        });
      }
    }
  }

  for (const entry of ctx.entries.get('exemplars')?.values() ?? []) {
    const cover = (entry.data as { cover?: { src: string } }).cover;
    if (!cover) continue;
    const folder = entry.source.file.replace(/\/[^/]+$/, '');
    if (!existsSync(join(ctx.root, folder, cover.src))) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['cover', 'src']),
        field: 'cover.src',
        message: `Không tìm thấy tệp ảnh “${cover.src}” trong thư mục của câu chuyện.`,
        fix: 'Tải ảnh lên cùng thư mục với index.md, hoặc sửa tên tệp cho đúng (phân biệt chữ hoa, chữ thường).',
      });
    }
  }
  return problems;
};
