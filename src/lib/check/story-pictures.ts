import { readFile } from 'node:fs/promises';
import { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../schemas/exemplars.ts';
import { FORMAT_OF_EXTENSION, inspectPicture, type OtherContent, type PictureFault, type RasterFormat } from '../images/picture-content.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readStoryTree, type StoryPicture, type StoryTree } from './story-tree.ts';

const FORMAT_NAMES: Record<RasterFormat | OtherContent, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  heic: 'HEIC (ảnh của iPhone)',
  gif: 'GIF',
  svg: 'SVG, một hình vẽ có thể chứa mã chạy được',
  markup: 'văn bản HTML/XML',
  pdf: 'PDF',
  tiff: 'TIFF',
  bmp: 'BMP',
  unknown: 'dữ liệu không phải ảnh',
};

const ACCEPTED = IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ');
const RESAVE = `Mở ảnh bằng phần mềm xem ảnh, lưu lại (xuất) dạng .jpg rồi tải lên thay tệp này; chỉ đổi đuôi tệp thì không đổi được định dạng. Trang nhận ${ACCEPTED}.`;
const number = (n: number) => n.toLocaleString('vi-VN');
/** What to do with a picture too heavy or too large: the same advice for bytes and pixels. */
export const SHRINK_PICTURE = 'Thu nhỏ ảnh (chiều rộng khoảng 1600 điểm ảnh là đủ) hoặc lưu lại dạng .jpg chất lượng 80, rồi tải lên lại.';

function faultProblem(picture: StoryPicture, fault: PictureFault): Problem {
  const claimed = FORMAT_NAMES[FORMAT_OF_EXTENSION[picture.extension]];
  const name = picture.name;
  const problem = (message: string, fix: string): Problem => ({ file: picture.file, line: 1, field: '-', message, fix });
  switch (fault.kind) {
    case 'empty':
      return problem(`Tệp ảnh “${name}” rỗng (0 byte), nên cả trang không dựng được.`, 'Tải ảnh lên lại, hoặc xoá tệp nếu không dùng.');
    case 'not-a-picture':
      return problem(
        `Tệp “${name}” không phải ảnh ${claimed} thật (nội dung là ${FORMAT_NAMES[fault.content]}).`,
        `${RESAVE} Nếu không dùng tệp này, hãy xoá nó: mọi tệp ảnh trong thư mục đều được dựng.`,
      );
    case 'wrong-extension':
      return problem(
        `Tệp “${name}” là ảnh ${FORMAT_NAMES[fault.content]}, không phải ${claimed} như đuôi tệp.`,
        `Đổi đuôi tệp cho đúng nội dung (ví dụ .${fault.content === 'jpeg' ? 'jpg' : fault.content}) và sửa tên ảnh trong index.md, hoặc lưu lại ảnh dạng .${picture.extension}.`,
      );
    case 'too-many-pixels':
      return problem(
        `Ảnh “${name}” có ${number(fault.width)} × ${number(fault.height)} điểm ảnh${fault.frames > 1 ? ` × ${number(fault.frames)} khung hình` : ''}, quá giới hạn ${number(MAX_IMAGE_PIXELS / 1_000_000)} triệu điểm ảnh.`,
        SHRINK_PICTURE,
      );
    case 'undecodable':
      return problem(`Ảnh “${name}” bị hỏng, không đọc được (${fault.reason}).`, RESAVE);
  }
}

export interface PictureCheckOptions {
  tree?: StoryTree;
  /**
   * Signature, extension and pixel bound only, for every picture whatever its size: what would
   * stop Astro or publish a disguised file. The full decode and the size limit are the check's
   * (Astro decodes with `failOn: 'none'`, so a truncated photo does not stop the build).
   */
  headersOnly?: boolean;
}

/**
 * Every picture in every story folder, by content: the build bundles each one, used or not,
 * and one bad file stops it. Pictures over the size limit are reported by story-files.ts and
 * not read. Four at a time: sharp decodes on its own threads.
 */
export async function checkStoryPictures(
  root: string,
  { tree = readStoryTree(root), headersOnly = false }: PictureCheckOptions = {},
): Promise<Problem[]> {
  const pending = tree.pictures.filter((picture) => headersOnly || picture.bytes <= MAX_IMAGE_BYTES);
  const problems: Problem[] = [];
  const worker = async () => {
    for (let picture = pending.shift(); picture; picture = pending.shift()) {
      const fault = await inspectPicture(await readFile(picture.abs), picture.extension, { decode: !headersOnly });
      if (fault) problems.push(faultProblem(picture, fault));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return problems;
}

/**
 * What the build refuses even when run with --skip-check (Astro reads the files itself): links
 * and special files, which could publish a file from outside the story, and pictures that are
 * not what they claim, which would stop the build with an English error. Editorial problems
 * (names, sizes, unused files) and the full decode are left to the check, which runs first.
 */
export async function unpublishableStoryFiles(root: string): Promise<Problem[]> {
  const tree = readStoryTree(root);
  return sortProblems([...tree.unsafe, ...(await checkStoryPictures(root, { tree, headersOnly: true }))]);
}
