/**
 * The site's colours, in one place (docs/design.md). The brand's red and gold are the favicon's
 * (public/favicon.svg, checked by tests/unit/palette.test.ts); everything else is set here as
 * Starlight's own colour variables, so every Starlight component and every component of ours
 * that uses `var(--sl-color-…)` follows. `paletteCss()` writes the stylesheet the build serves
 * (the `virtual:site-palette.css` module of astro.config.mjs); the contrast test reads the same
 * objects, so what is tested is what ships.
 */

import { svgDataUri } from '../seo/head.ts';

/** The favicon's two colours: a red square and a gold star. */
export const BRAND = { red: '#c8102e', gold: '#ffcd00' } as const;

export type Theme = 'dark' | 'light';

/** The colours Starlight's props.css defines per theme and invites sites to override. */
export const STARLIGHT_COLOURS = [
  'accent-low',
  'accent',
  'accent-high',
  'white',
  'gray-1',
  'gray-2',
  'gray-3',
  'gray-4',
  'gray-5',
  'gray-6',
  'gray-7',
  'black',
] as const;
export type StarlightColour = (typeof STARLIGHT_COLOURS)[number];

/** The site's own colours, as `--site-<name>`: the home page's campaign band. */
export const SITE_COLOURS = ['band-bg', 'band-text', 'band-highlight', 'band-rule'] as const;
export type SiteColour = (typeof SITE_COLOURS)[number];

export interface ThemePalette {
  starlight: Record<StarlightColour, string>;
  site: Record<SiteColour, string>;
}

/**
 * A darker shade of the brand red under the band's text: the brand red itself carries white
 * text (5.9:1) but the gold only as large text (3.9:1); on this shade both pass as body text.
 */
const BAND = { 'band-bg': '#a50d26', 'band-text': '#ffffff', 'band-highlight': BRAND.gold, 'band-rule': BRAND.gold } as const;

/**
 * Starlight's scale turned warm (a trace of the red in every grey), the accent red in the light
 * theme and gold in the dark one, where a red dark enough to read on black would be brown.
 * In Starlight's naming `white` is the strongest text colour and `black` the page background,
 * whichever the theme.
 */
export const PALETTE: Record<Theme, ThemePalette> = {
  dark: {
    starlight: {
      'accent-low': '#4a1019',
      accent: '#e8485e',
      'accent-high': BRAND.gold,
      white: '#ffffff',
      'gray-1': '#f2eceb',
      'gray-2': '#d2c9c7',
      'gray-3': '#a89c99',
      'gray-4': '#6b605d',
      'gray-5': '#453b39',
      'gray-6': '#2a2221',
      'gray-7': '#201918',
      black: '#181212',
    },
    site: { ...BAND },
  },
  light: {
    starlight: {
      'accent-low': '#fbe4e7',
      accent: BRAND.red,
      'accent-high': '#8f0b21',
      white: '#1d1615',
      'gray-1': '#2d2423',
      'gray-2': '#433937',
      'gray-3': '#5e5351',
      'gray-4': '#8f8381',
      'gray-5': '#cdc4c2',
      'gray-6': '#f3eeed',
      'gray-7': '#f9f6f5',
      black: '#ffffff',
    },
    site: { ...BAND },
  },
};

/**
 * Paper: the light theme (Starlight's print.css forces it too), and the band without its
 * background, which browsers do not print by default: black text, the red as its rule.
 */
export const PRINT: ThemePalette = {
  starlight: PALETTE.light.starlight,
  site: { 'band-bg': '#ffffff', 'band-text': '#000000', 'band-highlight': BRAND.red, 'band-rule': BRAND.red },
};

/**
 * Which of the colours above Starlight paints with which role (its props.css, per theme): the
 * contrast test pairs roles, and tests/unit/palette.test.ts checks this table against the
 * installed Starlight, so an upgrade that moves a role fails there rather than on a page.
 */
export const STARLIGHT_ROLES: Record<Theme, Record<'text-accent' | 'text-invert' | 'bg-accent' | 'bg-nav' | 'bg-sidebar', StarlightColour>> = {
  dark: { 'text-accent': 'accent-high', 'text-invert': 'accent-low', 'bg-accent': 'accent-high', 'bg-nav': 'gray-6', 'bg-sidebar': 'gray-6' },
  light: { 'text-accent': 'accent', 'text-invert': 'black', 'bg-accent': 'accent', 'bg-nav': 'gray-7', 'bg-sidebar': 'black' },
};

const declarations = (palette: ThemePalette, indent: string) =>
  [
    ...STARLIGHT_COLOURS.map((name) => `${indent}--sl-color-${name}: ${palette.starlight[name]};`),
    ...SITE_COLOURS.map((name) => `${indent}--site-${name}: ${palette.site[name]};`),
  ].join('\n');

/**
 * The stylesheet: dark by default and light under `data-theme="light"`, as Starlight's own
 * props.css, then print. It is unlayered, so it wins over Starlight's layers, and it comes after
 * print.css in `customCss`, whose print colours it replaces. `markSvg` (the favicon) becomes
 * `--site-mark`, the brand mark before the site title, as a data: URI: no request.
 */
export function paletteCss(markSvg: string): string {
  return [
    `/* Generated from src/lib/theme/palette.ts: edit the colours there. */`,
    `:root {\n  --site-mark: url("${svgDataUri(markSvg)}");\n}`,
    `:root,\n::backdrop {\n${declarations(PALETTE.dark, '  ')}\n}`,
    `:root[data-theme='light'],\n[data-theme='light'] ::backdrop {\n${declarations(PALETTE.light, '  ')}\n}`,
    `@media print {\n  :root,\n  :root[data-theme] {\n${declarations(PRINT, '    ')}\n  }\n}`,
    '',
  ].join('\n\n');
}
