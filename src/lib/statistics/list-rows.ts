/**
 * One row of a statistics list (/so-lieu/…/): a story's title, unit, locality and date. At 5,000
 * stories the lists hold some 45,000 rows, so each story's row is serialised once per build
 * (with hast-util-to-html, which escapes) instead of being rendered as components on every list
 * that counts it (docs/figures.md, "Cost").
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { formatPartialDate, partialDateToISO, type PartialDate } from '../partial-date.ts';

export interface ListRow {
  href: string;
  title: string;
  unit: string;
  locality: string;
  achievedOn: PartialDate;
}

const element = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

export function listRowHtml(row: ListRow): string {
  return toHtml(
    element('tr', {}, [
      element('th', { scope: 'row' }, [element('a', { href: row.href }, [text(row.title)])]),
      element('td', {}, [text(row.unit)]),
      element('td', {}, [text(row.locality)]),
      element('td', {}, [element('time', { dateTime: partialDateToISO(row.achievedOn) }, [text(formatPartialDate(row.achievedOn))])]),
    ]),
  );
}
