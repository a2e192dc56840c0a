/**
 * Runs `astro build` for scripts/build.ts and says in Vietnamese what went wrong: which story
 * caused it, when Astro's error leads to a file under content/, and what to do. Astro's own
 * English message still follows for developers, without JavaScript stack frames.
 */
import { spawn } from 'node:child_process';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { COLLECTIONS } from '../../src/lib/schemas/collections.ts';

/**
 * The environment of a production build. Vitest exports Vite's import.meta.env values
 * (BASE_URL=/, MODE=test, DEV, PROD, SSR) and NODE_ENV=test into process.env; Astro would take
 * them over its own config (links without the base, Starlight's dev-only search notice).
 */
export function productionBuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...clean } = env;
  return { ...clean, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
}

/** A line of a JavaScript stack trace ("    at fn (file:1:2)"), or the heading Astro puts above one. */
const STACK_LINE = /^\s+(at\s|Stack trace:\s*$)/;
const STORIES = COLLECTIONS.exemplars.base;
/** A file of a story, named by path (Astro names the source when it can read it). */
const STORY_FILE = new RegExp(`${STORIES}/([^/\\s:'"\`]+)/([^\\s:'"\`)]+)`, 'g');
/** An asset Astro emitted ("/_astro/anh-bia.CwJI8ZDA.jpg"): the source's bytes under a hashed name. */
const EMITTED_ASSET = /\/_astro\/([^\s/:'"`]+?)\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)\b/g;

interface Culprit {
  story: string;
  file: string;
}

/** Runs `astro build` into `outDir`; returns undefined on success, else the message to print. */
export async function runAstroBuild(outDir: string): Promise<string | undefined> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...productionBuildEnv(), ASTRO_OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.on('error', (error) => output.push(error.message));
  const relay = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) =>
    new Promise<void>((done) => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      lines.on('line', (line) => {
        if (STACK_LINE.test(line)) return;
        output.push(line);
        to.write(`${line}\n`);
      });
      lines.on('close', done);
    });
  const [code] = await Promise.all([
    new Promise<number | null>((done) => child.on('close', (status) => done(status))),
    relay(child.stdout, process.stdout),
    relay(child.stderr, process.stderr),
  ]);
  return code === 0 ? undefined : explainFailure(output.join('\n'), outDir);
}

/** The story files Astro's output leads to: named outright, or emitted under a hashed name. */
function culprits(output: string, outDir: string): Culprit[] {
  const found = new Map<string, Culprit>();
  const add = (story: string, file: string) => found.set(`${story}/${file}`, { story: `${STORIES}/${story}/index.md`, file });
  for (const [, story, file] of output.matchAll(STORY_FILE)) add(story!, file!);
  for (const [asset, name, ext] of output.matchAll(EMITTED_ASSET)) {
    // Astro copies the source into the output before it fails to convert it: same bytes.
    const emitted = join(outDir, asset.slice(1));
    if (!existsSync(emitted)) continue;
    const bytes = readFileSync(emitted);
    for (const file of globSync(`*/**/${name}${ext}`, { cwd: STORIES })) {
      const path = join(STORIES, file);
      if (statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) {
        const [story, ...rest] = file.split('/');
        add(story!, rest.join('/'));
      }
    }
  }
  return [...found.values()];
}

/** The Vietnamese explanation of a failed `astro build`, from what it printed. */
export function explainFailure(output: string, outDir: string): string {
  const found = culprits(output, outDir);
  if (found.length === 0) {
    return (
      '✗ Dựng trang thất bại (thông báo tiếng Anh của Astro ở trên). Nếu vừa thêm hoặc sửa nội dung, ' +
      'hãy chạy “npm run check” để tìm tệp có lỗi; nếu không, hãy gửi thông báo trên cho người phát triển.'
    );
  }
  const pictures = found.some(({ file }) => !file.endsWith('.md'));
  return [
    `✗ Dựng trang thất bại vì ${found.length === 1 ? 'câu chuyện' : 'các câu chuyện'} sau:`,
    ...found.map(({ story, file }) => (basename(file) === 'index.md' ? `  ${story}` : `  ${story} (tệp ${file})`)),
    pictures
      ? 'Tệp ảnh nêu trên không đọc được như một ảnh: nó rỗng, hỏng, hoặc không đúng định dạng so với đuôi tên ' +
        '(ví dụ ảnh SVG đổi tên thành .png). Hãy xuất lại ảnh dưới dạng JPEG, PNG hoặc WebP, hoặc bỏ ảnh khỏi câu chuyện, ' +
        'rồi chạy lại “npm run build”.'
      : 'Hãy mở tệp nêu trên, sửa phần Astro báo lỗi, chạy “npm run check”, rồi chạy lại “npm run build”.',
    'Thông báo tiếng Anh của Astro ở trên dành cho người phát triển.',
  ].join('\n');
}
