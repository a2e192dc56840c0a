import sharp from 'sharp';
import { MAX_IMAGE_PIXELS, type ImageExtension } from '../schemas/exemplars.ts';

/** The raster formats the site publishes, as the file's own bytes say. */
export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif';
/** What else a picture upload turns out to be, often enough to name it for the editor. */
export type OtherContent = 'heic' | 'gif' | 'svg' | 'markup' | 'pdf' | 'tiff' | 'bmp' | 'unknown';

export const FORMAT_OF_EXTENSION: Record<ImageExtension, RasterFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
};

export type PictureFault =
  | { kind: 'empty' }
  | { kind: 'not-a-picture'; content: OtherContent }
  | { kind: 'wrong-extension'; content: RasterFormat }
  | { kind: 'too-many-pixels'; width: number; height: number; frames: number }
  | { kind: 'undecodable'; reason: string };

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** Brands of an ISO-BMFF `ftyp` box (AVIF, HEIC), major brand first. */
function isoBrands(bytes: Uint8Array): string[] {
  const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/**
 * What a file's first bytes say it is. Only these signatures decide which decoder sees the
 * file: an SVG or a text file is named and refused here, never handed to an image library.
 */
export function sniffPicture(bytes: Uint8Array): RasterFormat | OtherContent {
  const head = ascii(bytes, 0, 16);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (head.startsWith('\x89PNG\r\n\x1a\n')) return 'png';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 16 && head.slice(4, 8) === 'ftyp') {
    const brands = isoBrands(bytes);
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(b))) return 'heic';
    return 'unknown';
  }
  if (head.startsWith('GIF8')) return 'gif';
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'tiff';
  if (head.startsWith('BM')) return 'bmp';
  const text = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return /<svg[\s>]/i.test(text) ? 'svg' : 'markup';
  return 'unknown';
}

/** The format sharp (libvips) reports for each raster format, once it has read the header. */
const SHARP_FORMAT: Record<RasterFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

/**
 * Whether a picture file is what its extension says, small enough to decode, and decodes, as
 * the build's image pipeline will need it to. Undefined when it is fine.
 *
 * The header is read first (cheap, and bounds the work); then, unless `decode` is false, the
 * whole image is decoded into a thumbnail, which reads every byte of compressed data (a
 * truncated JPEG fails here) at a few milliseconds per photo (see docs/security.md).
 */
export async function inspectPicture(
  bytes: Uint8Array,
  extension: ImageExtension,
  { decode = true }: { decode?: boolean } = {},
): Promise<PictureFault | undefined> {
  if (bytes.length === 0) return { kind: 'empty' };
  const content = sniffPicture(bytes);
  const expected = FORMAT_OF_EXTENSION[extension];
  if (!(content in SHARP_FORMAT)) return { kind: 'not-a-picture', content: content as OtherContent };
  if (content !== expected) return { kind: 'wrong-extension', content: content as RasterFormat };

  // Every frame of an animation is decoded by the build (pages: -1), so every frame counts.
  const options = { failOn: 'error', pages: -1, limitInputPixels: MAX_IMAGE_PIXELS } as const;
  try {
    const meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    if (meta.format !== SHARP_FORMAT[expected] || (expected === 'avif' && meta.compression !== 'av1')) {
      return { kind: 'undecodable', reason: `định dạng ${meta.format ?? '?'}` };
    }
    const frames = meta.pages ?? 1;
    const height = meta.pageHeight ?? meta.height;
    if (meta.width * height * frames > MAX_IMAGE_PIXELS) return { kind: 'too-many-pixels', width: meta.width, height, frames };
    if (decode) await sharp(bytes, options).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch (error) {
    return { kind: 'undecodable', reason: (error as Error).message.split('\n')[0]! };
  }
  return undefined;
}
