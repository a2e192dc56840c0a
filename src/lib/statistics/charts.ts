/**
 * The statistics pages' charts as SVG, drawn at build time by Observable Plot on linkedom's
 * server-side DOM (why these two: docs/figures.md). Colours are not written into the SVG: bars
 * and rules carry classes that src/styles/figures.css paints with the site's custom properties,
 * so the charts follow the light and dark themes and print, and text is currentColor. The SVG
 * is an image for assistive technology (role="img", named by the chart's heading and described
 * by its text summary); the data table beside it carries the numbers.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatNumber } from '../format.ts';

export interface ChartDatum {
  label: string;
  value: number;
}

export interface ChartIds {
  /** The id of the element naming the chart (its heading). */
  labelledBy: string;
  /** The id of the chart's text summary. */
  describedBy: string;
}

/** In user units: narrow enough that 12-unit text stays legible when a phone scales the chart down. */
const WIDTH = 480;
/** Roughly the width of one character of the site's sans-serif at the charts' 12 px, for label margins. */
const CHAR_WIDTH = 6.6;

function document() {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

/**
 * Plot's output made fit for a static, strict page: no <style> element or style attribute (the
 * security policy allows no inline style), no generated class or font attributes (Plot's
 * font-variant="tabular-nums" is not valid SVG; figures.css sets it), no ARIA inside the
 * image, and the image named and described by the page.
 */
function finish(svg: Element, ids: ChartIds, className: string): string {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      if (name === 'style' || name.startsWith('aria-') || name.startsWith('font-')) element.removeAttribute(name);
    }
  }
  svg.setAttribute('class', `chart ${className}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', ids.labelledBy);
  svg.setAttribute('aria-describedby', ids.describedBy);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // A tenth of a pixel is finer than any screen or printer shows; the rest is bytes.
  return svg.outerHTML.replace(/(\d\.\d)\d+/g, '$1');
}

/** Horizontal bars with the value at the end of each, labels on the left. */
export function barChart(data: readonly ChartDatum[], ids: ChartIds): string {
  const longest = Math.max(...data.map((d) => d.label.length), 4);
  const marginLeft = Math.min(Math.ceil(longest * CHAR_WIDTH) + 12, WIDTH / 2);
  const max = Math.max(...data.map((d) => d.value), 1);
  const svg = Plot.plot({
    document: document(),
    width: WIDTH,
    height: 30 + data.length * 26,
    marginLeft,
    marginRight: 56,
    x: { axis: null, domain: [0, max] },
    y: { label: null, domain: data.map((d) => d.label), tickSize: 0 },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: 'currentColor', className: 'chart-bar' }),
      Plot.text(data, { x: 'value', y: 'label', text: (d: ChartDatum) => formatNumber(d.value), textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
    ],
  }) as unknown as Element;
  return finish(svg, ids, 'chart-bars');
}

export interface QuarterDatum extends ChartDatum {
  /** The quarter's URL value, 2024-q2. */
  key: string;
}

/** Columns per quarter, years under the axis, a dashed rule where a new phase begins. */
export function quarterChart(data: readonly QuarterDatum[], boundaries: readonly string[], ids: ChartIds): string {
  const max = Math.max(...data.map((d) => d.value), 1);
  const keys = data.map((d) => d.key);
  const svg = Plot.plot({
    document: document(),
    width: WIDTH,
    height: 260,
    marginBottom: 36,
    marginLeft: 36,
    x: {
      domain: keys,
      label: null,
      padding: 0.15,
      tickSize: 0,
      // One label per year, under its first quarter.
      ticks: keys.filter((key) => key.endsWith('-q1')),
      tickFormat: (key: string) => key.slice(0, 4),
    },
    y: { domain: [0, max], grid: false, label: null, ticks: Math.min(max, 5), tickFormat: (v: number) => formatNumber(v) },
    marks: [
      Plot.barY(data, { x: 'key', y: 'value', fill: 'currentColor', className: 'chart-bar' }),
      Plot.ruleY([0], { stroke: 'currentColor' }),
      Plot.ruleX(boundaries, { x: (k: string) => k, dx: -(WIDTH / Math.max(keys.length, 1)) / 2, stroke: 'currentColor', strokeDasharray: '5 3', className: 'chart-boundary' }),
    ],
  }) as unknown as Element;
  return finish(svg, ids, 'chart-quarters');
}
