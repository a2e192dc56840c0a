import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { analysePage, type PageData } from '../../../src/lib/search/result-view.ts';
import { toIndexForm } from '../../../src/lib/search/vietnamese.ts';
import { pageTokens, queryTerms } from '../../../src/lib/search/word-rule.ts';

const termsOf = (raw: string) => {
  const query = prepareQuery(raw)!;
  return queryTerms(query.words, query.typed, raw);
};

/** A fictional page as Pagefind's data() returns it, every position of `matched` words marked. */
function page(sections: Array<[string, string]>, matched: RegExp): PageData {
  let content = 'Trang Mẫu A.';
  const anchors: PageData['anchors'] = [{ element: 'h1', id: '_top', text: 'Trang Mẫu A', location: 0 }];
  const sub_results: PageData['sub_results'] = [{ title: 'Trang Mẫu A', url: '/mau-a/#_top', anchor: { location: 0 } }];
  for (const [title, text] of sections) {
    const location = pageTokens(content).length;
    const id = title.toLowerCase().replace(/\s+/g, '-');
    anchors.push({ element: 'h2', id, text: title, location });
    sub_results.push({ title, url: `/mau-a/#${id}`, anchor: { location } });
    content += ` ${title}. ${text}`;
  }
  content = toIndexForm(content);
  const locations = pageTokens(content).flatMap((token, i) => (matched.test(token) ? [i] : []));
  return { url: '/mau-a/', content, meta: { title: 'Trang Mẫu A' }, filters: { 'tai-lieu': ['Trang chung'] }, locations, anchors, sub_results };
}

describe('analysePage', () => {
  const data = page(
    [
      ['Mở đầu', 'Các cấp công đoàn theo dõi việc này.'],
      ['Khen thưởng', 'Đề nghị khen thưởng kịp thời các tập thể, cá nhân tiêu biểu của Công đoàn cơ sở Mẫu A.'],
      ['Tập thể', 'Tập thể Mẫu B được nêu tên.'],
    ],
    /^(c|t|n|m)/i,
  );

  it('rejects a page that has a finished word only inside longer words', () => {
    expect(analysePage(data, termsOf('ca the ngoai'), 'tai-lieu').unanswered).toEqual([2]);
    expect(analysePage(data, termsOf('ca thư'), 'tai-lieu').unanswered).toEqual([]);
    expect(analysePage(data, termsOf('the ca nhanh'), 'tai-lieu').view).toBeUndefined();
  });

  it('centres the excerpt on the densest window, marks only whole finished words, restores đ', () => {
    const { view } = analysePage(data, termsOf('tap the ca nhan'), 'tai-lieu');
    expect(view!.excerpt).toContain('<mark>tập</mark> <mark>thể,</mark> <mark>cá</mark> <mark>nhân</mark>');
    expect(view!.excerpt).not.toMatch(/<mark>(các|cấp|theo|Các)<\/mark>/);
    expect(view!.excerpt).toContain('Công đoàn');
    expect(view!.type).toBe('Trang chung');
  });

  it('orders the sections by match quality and leaves out the one the excerpt shows', () => {
    const { view } = analysePage(data, termsOf('tap the ca nhan'), 'tai-lieu');
    expect(view!.sections.map((s) => s.title)).toEqual(['Tập thể']);
    const other = analysePage(data, termsOf('tập thể mẫu'), 'tai-lieu').view!;
    expect(other.excerpt).toContain('<mark>Tập</mark> <mark>thể</mark> <mark>Mẫu</mark> B');
    expect(other.sections.map((s) => s.title)).toEqual(['Khen thưởng']);
  });
});
