import jsQR from 'jsqr';
import sharp from 'sharp';

/**
 * Reads a QR code the way a phone camera would: the SVG is rasterised by sharp and the pixels
 * decoded by jsQR. Returns the text, or null when nothing decodes.
 */
export async function decodeQrSvg(svg: string | Buffer, width = 400): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg)).resize({ width }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}
