import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectPicture, sniffPicture } from '../../src/lib/images/picture-content.ts';
import { MAX_IMAGE_PIXELS } from '../../src/lib/schemas/exemplars.ts';

const photo = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: '#6a8' } });

describe('inspectPicture', () => {
  it('accepts each raster format the schema allows, under each of its extensions', async () => {
    expect(await inspectPicture(await photo().jpeg().toBuffer(), 'jpg')).toBeUndefined();
    expect(await inspectPicture(await photo().jpeg().toBuffer(), 'jpeg')).toBeUndefined();
    expect(await inspectPicture(await photo().png().toBuffer(), 'png')).toBeUndefined();
    expect(await inspectPicture(await photo().webp().toBuffer(), 'webp')).toBeUndefined();
    expect(await inspectPicture(await photo().avif().toBuffer(), 'avif')).toBeUndefined();
  });

  it('names what a renamed file really is', async () => {
    const svg = Buffer.from('\uFEFF  <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>');
    expect(await inspectPicture(svg, 'png')).toEqual({ kind: 'not-a-picture', content: 'svg' });
    expect(await inspectPicture(Buffer.from('<!doctype html><p>x'), 'jpg')).toEqual({ kind: 'not-a-picture', content: 'markup' });
    expect(await inspectPicture(Buffer.from('GIF89a……'), 'jpg')).toEqual({ kind: 'not-a-picture', content: 'gif' });
    expect(await inspectPicture(Buffer.from('chỉ là chữ'), 'webp')).toEqual({ kind: 'not-a-picture', content: 'unknown' });
    expect(await inspectPicture(new Uint8Array(0), 'jpg')).toEqual({ kind: 'empty' });
    expect(await inspectPicture(await photo().png().toBuffer(), 'jpg')).toEqual({ kind: 'wrong-extension', content: 'png' });
  });

  it('tells an iPhone HEIC photo from an AVIF by the brands of its ftyp box', () => {
    const ftyp = (major: string, ...compatible: string[]) =>
      Buffer.concat([Buffer.from([0, 0, 0, 16 + 4 * compatible.length]), Buffer.from(`ftyp${major}\0\0\0\0${compatible.join('')}`)]);
    expect(sniffPicture(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(sniffPicture(ftyp('mif1', 'avif', 'miaf'))).toBe('avif');
  });

  it('refuses a truncated picture: the whole image is decoded, not only its header', async () => {
    const jpeg = await photo(320, 240).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, jpeg.length >> 1);
    expect(await inspectPicture(truncated, 'jpg')).toMatchObject({ kind: 'undecodable' });
    // The build's header-only pass lets it through, as Astro's own decoder (failOn: 'none') does.
    expect(await inspectPicture(truncated, 'jpg', { decode: false })).toBeUndefined();
  });

  it('bounds the pixels from the header, before decoding anything', async () => {
    // A 1 × 1 PNG whose header claims a side just over the limit's square root.
    const png = Buffer.from(await photo(1, 1).png().toBuffer());
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1;
    png.writeUInt32BE(side, 16);
    png.writeUInt32BE(side, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(await inspectPicture(png, 'png')).toEqual({ kind: 'too-many-pixels', width: side, height: side, frames: 1 });
  });
});
