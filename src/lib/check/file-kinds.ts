import { lstatSync, realpathSync } from 'node:fs';
import { basename, sep } from 'node:path';
import type { Problem } from './problem.ts';

/**
 * Content is regular files in regular folders. A symbolic link is never followed: it could
 * publish, or print in a log, a file from outside the repository (`anh.jpg → /etc/passwd`), and
 * a linked story folder would be built without ever being checked. Only the collection folder
 * itself (content/exemplars) may be a link, which is how tests and previews mount fixtures.
 */
export type FileKind = 'file' | 'folder' | 'link' | 'other';

export function fileKind(abs: string): FileKind {
  const stats = lstatSync(abs);
  if (stats.isSymbolicLink()) return 'link';
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'folder';
  return 'other';
}

/** Where a link leads, said without reading it: its target may be any file on the machine. */
function linkTarget(abs: string, within: string): 'missing' | 'inside' | 'outside' {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch {
    return 'missing';
  }
  let folder: string;
  try {
    folder = realpathSync(within);
  } catch {
    return 'outside';
  }
  return target.startsWith(folder + sep) ? 'inside' : 'outside';
}

const REPLACE_LINK = 'Xoá liên kết và tải lên chính tệp đó (một tệp thật, không phải liên kết tượng trưng).';

/**
 * The problem with an entry that should be a regular file (a story, a picture), or undefined
 * when it is one. `within` is the folder the file belongs to (the story's folder): a link is
 * refused wherever it leads, and the message says whether it leaves that folder.
 */
export function notARegularFile(file: string, abs: string, within: string): Problem | undefined {
  const kind = fileKind(abs);
  if (kind === 'file') return undefined;
  const name = basename(abs);
  const problem = (message: string, fix: string): Problem => ({ file, line: 1, field: '-', message, fix });
  if (kind === 'link') {
    const where = linkTarget(abs, within);
    return problem(
      where === 'missing'
        ? `“${name}” là liên kết tượng trưng (symlink) tới một tệp không tồn tại.`
        : where === 'outside'
          ? `“${name}” là liên kết tượng trưng (symlink) trỏ ra ngoài thư mục câu chuyện; tệp ở đó không được đọc và không được đăng.`
          : `“${name}” là liên kết tượng trưng (symlink) tới một tệp khác; trang chỉ nhận tệp thật.`,
      REPLACE_LINK,
    );
  }
  if (kind === 'folder') {
    return problem(
      `“${name}” là một thư mục, không phải tệp.`,
      name === 'index.md'
        ? 'Xoá thư mục này và tạo tệp index.md (chạy “npm run new:story” hoặc chép mẫu trong CONTRIBUTING.md).'
        : 'Xoá thư mục này: thư mục câu chuyện chỉ chứa index.md và ảnh, không có thư mục con.',
    );
  }
  return problem(`“${name}” không phải tệp thường (có thể là thiết bị hoặc ống dẫn).`, 'Xoá mục này.');
}

/** A story folder that is itself a link: never checked, so it must not be built either. */
export function linkedFolderProblem(file: string): Problem {
  return {
    file,
    line: 1,
    field: '-',
    message: 'Thư mục câu chuyện là liên kết tượng trưng (symlink) tới nơi khác, nên không được kiểm tra và không được đăng.',
    fix: 'Xoá liên kết và tạo một thư mục thật chứa index.md và ảnh của câu chuyện.',
  };
}
