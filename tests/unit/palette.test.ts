import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AA, contrastRatio } from '../../src/lib/theme/contrast.ts';
import { BRAND, PALETTE, paletteCss, PRINT, STARLIGHT_COLOURS, STARLIGHT_ROLES, type Theme, type ThemePalette } from '../../src/lib/theme/palette.ts';
import { ROOT } from '../support/paths.ts';

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the classic lightest grey that passes 4.5:1.
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA.text);
  });
  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/red/);
  });
});

/**
 * Every pair of text and background that Starlight's components or ours paint, by role
 * (STARLIGHT_ROLES); a pair below its minimum is named with both colours.
 */
function failingPairs(palette: ThemePalette, theme: Theme): string[] {
  const sl = palette.starlight;
  const role = (name: keyof (typeof STARLIGHT_ROLES)[Theme]) => sl[STARLIGHT_ROLES[theme][name]];
  const texts = { white: sl.white, 'gray-1': sl['gray-1'], 'gray-2': sl['gray-2'], 'gray-3': sl['gray-3'], 'text-accent': role('text-accent') };
  const backgrounds = { bg: sl.black, 'bg-nav': role('bg-nav'), 'bg-sidebar': role('bg-sidebar'), 'gray-6': sl['gray-6'] };
  const pairs: Array<[what: string, fg: string, bg: string, min: number]> = [
    ...Object.entries(texts).flatMap(([t, fg]) => Object.entries(backgrounds).map(([b, bg]) => [`${t} on ${b}`, fg, bg, AA.text] as [string, string, string, number])),
    // The current page in the sidebar, .button and .action-button: the page background on the accent.
    ['black on text-accent', sl.black, role('text-accent'), AA.text],
    ['text-invert on bg-accent', role('text-invert'), role('bg-accent'), AA.text],
    ['band text on band', palette.site['band-text'], palette.site['band-bg'], AA.text],
    ['band highlight on band', palette.site['band-highlight'], palette.site['band-bg'], AA.text],
    // The progress bar's filled part against its track (its value is also written out).
    ['text-accent bar on gray-5', role('text-accent'), sl['gray-5'], AA.nonText],
  ];
  return pairs
    .map(([what, fg, bg, min]) => ({ what, fg, bg, min, ratio: contrastRatio(fg, bg) }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${theme}: ${p.what} (${p.fg} on ${p.bg}) is ${p.ratio.toFixed(2)}:1, needs ${p.min}:1`);
}

describe('the palette (src/lib/theme/palette.ts)', () => {
  it.each(['dark', 'light'] as const)('meets WCAG 2.2 AA contrast in the %s theme', (theme) => {
    expect(failingPairs(PALETTE[theme], theme)).toEqual([]);
  });

  it('meets WCAG 2.2 AA contrast on paper', () => {
    expect(failingPairs(PRINT, 'light')).toEqual([]);
  });

  it('catches a pair below AA: the check is only as good as its failures', () => {
    const pale = { ...PALETTE.light, starlight: { ...PALETTE.light.starlight, 'gray-3': '#aaaaaa' } };
    expect(failingPairs(pale, 'light')).toContainEqual(expect.stringMatching(/^light: gray-3 on bg \(#aaaaaa on #ffffff\) is 2\.\d+:1, needs 4\.5:1$/));
  });

  it("takes the brand's red and gold from the favicon, the theme colour and the web app manifest", () => {
    const favicon = readFileSync(`${ROOT}public/favicon.svg`, 'utf8');
    expect([...favicon.matchAll(/fill="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!.toLowerCase())).toEqual([BRAND.red, BRAND.gold]);
    const manifest = JSON.parse(readFileSync(`${ROOT}public/manifest.webmanifest`, 'utf8')) as { theme_color: string };
    expect(manifest.theme_color).toBe(BRAND.red);
  });

  it("matches the roles of the installed Starlight's props.css", () => {
    const props = readFileSync(`${ROOT}node_modules/@astrojs/starlight/dist/style/props.css`, 'utf8');
    const light = props.slice(props.indexOf(":root[data-theme='light']"));
    const dark = props.slice(0, props.indexOf(":root[data-theme='light']"));
    // A role names another variable; --sl-color-bg is black in both themes.
    const resolve = (block: string, name: string): string => {
      const value = new RegExp(`--sl-color-${name}: var\\(--sl-color-([a-z0-9-]+)\\)`).exec(block)?.[1] ?? new RegExp(`--sl-color-${name}: var\\(--sl-color-([a-z0-9-]+)\\)`).exec(dark)?.[1];
      if (!value) throw new Error(`props.css does not define --sl-color-${name}`);
      return (STARLIGHT_COLOURS as readonly string[]).includes(value) ? value : resolve(block, value);
    };
    for (const [theme, block] of [['dark', dark], ['light', light]] as const) {
      for (const [role, colour] of Object.entries(STARLIGHT_ROLES[theme])) expect(resolve(block, role), `${theme} ${role}`).toBe(colour);
    }
  });

  it('writes every colour of both themes and of print into the stylesheet, and the mark as a data: URI', () => {
    const css = paletteCss('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#c8102e"/></svg>');
    expect(css).toContain('--site-mark: url("data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3Crect%20fill=%22%23c8102e%22/%3E%3C/svg%3E");');
    for (const palette of [PALETTE.dark, PALETTE.light, PRINT]) {
      for (const [name, value] of Object.entries(palette.starlight)) expect(css).toContain(`--sl-color-${name}: ${value};`);
      for (const [name, value] of Object.entries(palette.site)) expect(css).toContain(`--site-${name}: ${value};`);
    }
    expect(css.indexOf(":root[data-theme='light']")).toBeGreaterThan(0);
    expect(css.indexOf('@media print')).toBeGreaterThan(css.indexOf(":root[data-theme='light']"));
  });
});
