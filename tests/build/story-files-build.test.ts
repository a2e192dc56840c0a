import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, globSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_EXTENSIONS } from '../../src/lib/schemas/exemplars.ts';
import { STACK_FRAME } from '../support/hostile-cases.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

const build = (project: string, extra: string[] = []) =>
  spawnSync(NODE, ['scripts/build.ts', '--out', 'dist', ...extra], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });

describe('a build run without the check (--skip-check)', () => {
  let project: string;
  let output: string;
  let status: number | null;

  beforeAll(() => {
    project = projectCopy('story-files-unsafe');
    copyStories(join(FIXTURES, 'valid'), project);
    const stories = join(project, 'content/exemplars');
    symlinkSync('mau-a-duong-be-tong-thon', join(stories, 'mau-d-lien-ket'));
    symlinkSync('/etc/passwd', join(stories, 'mau-b-tiet-kiem-dien-van-phong/anh-phu.jpg'));
    copyFileSync(
      join(ROOT, 'tests/fixtures/hostile-cases/anh-svg-doi-ten-png/stories/mau-a-duong-be-tong/anh-bia.png'),
      join(stories, 'mau-c-ca-nhan-sang-kien/anh-chua-dung.png'),
    );
    const run = build(project, ['--skip-check']);
    status = run.status;
    output = `${run.stdout}\n${run.stderr}`;
  }, 120_000);

  it('refuses a linked story folder, a linked picture and an SVG named .png, naming each in Vietnamese', () => {
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/exemplars/mau-d-lien-ket/:1  -  Thư mục câu chuyện là liên kết tượng trưng');
    expect(output).toContain('content/exemplars/mau-b-tiet-kiem-dien-van-phong/anh-phu.jpg:1  -  “anh-phu.jpg” là liên kết tượng trưng');
    expect(output).toContain('content/exemplars/mau-c-ca-nhan-sang-kien/anh-chua-dung.png:1  -  Tệp “anh-chua-dung.png” không phải ảnh PNG thật');
  });

  it('publishes nothing, prints nothing of the linked file and no stack trace', () => {
    expect(existsSync(join(project, 'dist'))).toBe(false);
    const firstLine = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    expect(output).not.toContain(firstLine);
    expect(output).not.toMatch(STACK_FRAME);
  });
});

describe('pictures published by a normal build', () => {
  let dist: string;
  const ARTIST = 'Tran Van Mau, nguoi chup gia dinh';

  beforeAll(async () => {
    const project = projectCopy('story-files-exif');
    copyStories(join(FIXTURES, 'valid'), project);
    // A camera's photo: the artist's name and the GPS position of where it was taken (fictional).
    const exif = {
      IFD0: { Make: 'May Anh Mau', Artist: ARTIST },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 21/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 59/1 0/1' },
    };
    const folder = join(project, 'content/exemplars/mau-a-duong-be-tong-thon');
    // The cover, a picture in the body, and one the story does not use.
    const pictures = [['anh-bia.jpg', false], ['thi-cong.jpg', true], ['anh-chua-dung.jpg', true]] as const;
    for (const [name, flip] of pictures) {
      const photo = sharp(readFileSync(join(folder, 'anh-bia.jpg'))).flop(flip).rotate(name === 'anh-chua-dung.jpg' ? 180 : 0);
      writeFileSync(join(folder, name), await photo.withExif(exif).jpeg().toBuffer());
      expect(readFileSync(join(folder, name)).includes(ARTIST), 'the source carries the artist').toBe(true);
    }
    const run = build(project);
    if (run.status !== 0) throw new Error(`Build failed:\n${run.stdout}\n${run.stderr}`);
    dist = join(project, 'dist');
  }, 240_000);

  it('carry no EXIF, XMP or IPTC metadata: no GPS position, no camera owner', async () => {
    const pictures = globSync(`**/*.{${IMAGE_EXTENSIONS.join(',')}}`, { cwd: dist });
    const fromStories = pictures.filter((file) => /(anh-bia|thi-cong)\.[^/]*$/.test(file));
    expect(fromStories.length, pictures.join('\n')).toBeGreaterThanOrEqual(3);
    for (const file of pictures) {
      const meta = await sharp(join(dist, file)).metadata();
      expect({ file, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({ file, exif: undefined, xmp: undefined, iptc: undefined });
    }
  });

  it('publishes no original: the artist’s name is in no file of dist/', () => {
    for (const file of globSync('**/*', { cwd: dist, withFileTypes: true }).filter((entry) => entry.isFile())) {
      expect(readFileSync(join(file.parentPath, file.name)).includes(ARTIST), join(file.parentPath, file.name)).toBe(false);
    }
  });
});
