import { formatNumber } from '../format.ts';

/** The placeholder names of a template: "{count} kết quả cho {query}" → "count" | "query". */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type TemplateValues<T extends string> = Record<Placeholders<T>, string | number>;

/**
 * Puts values into a catalogue template (src/lib/i18n/ui.ts). Numbers are written the
 * Vietnamese way (1.234); a placeholder without a value is a programming error and throws, so
 * a reader never sees "{count}".
 */
export function fill<T extends string>(template: T, values: TemplateValues<T>): string {
  const given = values as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = given[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}".`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * A template cut at its placeholders, for a component that puts markup (a link, a date) in some
 * of them: "Đang ở {phase}." → ['Đang ở ', { name: 'phase' }, '.'].
 */
export function templateParts(template: string): Array<string | { name: string }> {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? { name: part } : part))
    .filter((part) => part !== '');
}
