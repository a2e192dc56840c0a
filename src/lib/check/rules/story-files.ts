import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES } from '../../schemas/exemplars.ts';
import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';
import { SHRINK_PICTURE } from '../story-pictures.ts';
import { readStoryTree } from '../story-tree.ts';

const IMAGE_FILE = new RegExp(`^[a-z0-9][a-z0-9._-]*\\.(?:${IMAGE_EXTENSIONS.join('|')})$`);

/** Files an editor may leave at the top of content/exemplars/ (the folder's own guide). */
const TOP_LEVEL_ALLOWED = new Set(['README.md', '.gitkeep']);

/**
 * The site only reads content/exemplars/<slug>/index.md: a story saved as index.mdx, as a
 * loose file, in a dot-folder, or with another name would silently not be published, so it is
 * reported. Story folders hold the story and its pictures only, as regular files (links are
 * refused, see file-kinds.ts). The cover picture must exist.
 */
export const storyFiles: ContentRule = (ctx) => {
  const tree = readStoryTree(ctx.root);
  const base = tree.base;
  // A story's own index.md is reported by checkContent, which finds it through the collection.
  const entryFiles = new Set(tree.folders.map((folder) => `${folder.file}/index.md`));
  const problems: Problem[] = tree.unsafe.filter((problem) => !entryFiles.has(problem.file));

  for (const item of tree.top) {
    if (item.kind === 'folder') {
      problems.push({
        file: `${item.file}/`,
        line: 1,
        field: '-',
        message: `Thư mục “${item.name}” bắt đầu bằng dấu chấm nên bị ẩn: câu chuyện trong đó không được kiểm tra và sẽ không được đăng.`,
        fix: `Đổi tên thư mục, bỏ dấu chấm ở đầu (ví dụ ${item.name.replace(/^\.+/, '') || 'ten-cau-chuyen'}), hoặc xoá nếu không dùng.`,
      });
    } else if (item.kind === 'file' && !TOP_LEVEL_ALLOWED.has(item.name)) {
      problems.push({
        file: item.file,
        line: 1,
        field: '-',
        message: 'Câu chuyện phải nằm trong thư mục riêng, nên tệp này sẽ không được đăng.',
        fix: `Tạo thư mục ${base}/ten-cau-chuyen/ và đặt nội dung vào tệp index.md trong đó (xem CONTRIBUTING.md).`,
      });
    }
  }

  for (const folder of tree.folders) {
    const names = folder.entries.map((entry) => entry.name);
    if (!names.includes('index.md')) {
      problems.push({
        file: `${folder.file}/`,
        line: 1,
        field: '-',
        message: 'Thư mục câu chuyện không có tệp index.md, nên câu chuyện sẽ không được đăng.',
        fix: names.some((n) => /^index\./i.test(n))
          ? 'Đổi tên tệp câu chuyện thành đúng “index.md” (chữ thường, đuôi .md, không dùng .mdx).'
          : 'Thêm tệp index.md (chạy “npm run new:story” hoặc chép mẫu trong CONTRIBUTING.md).',
      });
    }
    for (const { name, file, kind } of folder.entries) {
      // Links and special files are in tree.unsafe; index.md is the story itself.
      if (kind === 'link' || kind === 'other' || name === 'index.md') continue;
      if (kind === 'file' && IMAGE_FILE.test(name)) {
        const bytes = tree.pictures.find((picture) => picture.file === file)!.bytes;
        if (bytes > MAX_IMAGE_BYTES) {
          problems.push({
            file,
            line: 1,
            field: '-',
            message: `Ảnh nặng ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
            fix: SHRINK_PICTURE,
          });
        }
        continue;
      }
      problems.push({
        file,
        line: 1,
        field: '-',
        message: `Thư mục câu chuyện chỉ chứa index.md và ảnh (${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}, tên chữ thường không dấu); ${kind === 'folder' ? 'thư mục con' : 'tệp'} này không được dùng.`,
        fix: name.endsWith('.mdx')
          ? 'Câu chuyện viết bằng Markdown thường: đổi tên thành index.md và bỏ mọi câu lệnh import/export.'
          : 'Xoá tệp này; nếu là ảnh, đặt tên bằng chữ thường không dấu (ví dụ anh-1.jpg) và dùng định dạng .jpg, .png hoặc .webp.',
      });
    }
  }

  for (const entry of ctx.entries.get('exemplars').values()) {
    const cover = entry.data.cover;
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
