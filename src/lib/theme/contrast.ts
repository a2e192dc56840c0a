/**
 * WCAG 2.2 contrast of two opaque sRGB colours written as #rrggbb: the relative luminance and
 * ratio of the Understanding documents for 1.4.3 and 1.4.11.
 */

/** Channels 0–255 of a #rrggbb colour; anything else is a mistake in the palette. */
function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (same luminance) to 21 (black on white), whichever colour is the lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.2 AA minimums: body text, large text (≥ 24 px, or ≥ 18.66 px bold) and UI boundaries. */
export const AA = { text: 4.5, largeText: 3, nonText: 3 } as const;
