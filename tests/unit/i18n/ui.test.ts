import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/lib/i18n/fill.ts';
import { ui } from '../../../src/lib/i18n/ui.ts';
import { SEARCH_FILTERS } from '../../../src/lib/search/filters.ts';
import { droppedNote, resultStatus } from '../../../src/lib/search/status.ts';

// The search page passes these to its scripts as JSON (data-strings), as SearchPanel.astro does.
const pageStrings = { ...ui.search.script, ...ui.search.pageScript, filterLabels: ui.search.filterLabels };
const viaAttribute = JSON.parse(JSON.stringify(pageStrings)) as typeof pageStrings;

describe('interface text for client scripts', () => {
  it('survives the trip through a data attribute unchanged (plain strings, no functions)', () => {
    expect(viaAttribute).toEqual(pageStrings);
  });

  it('has a label for every search filter', () => {
    for (const { name } of SEARCH_FILTERS) expect(viaAttribute.filterLabels[name], name).toMatch(/\S/);
  });

  it('fills every template of the search scripts', () => {
    expect(fill(viaAttribute.sections, { title: 'Giai đoạn 1' })).toBe('Các đoạn liên quan trong trang: Giai đoạn 1');
    expect(fill(viaAttribute.filterCount, { count: 1200 })).toBe('(1.200)');
  });
});

describe('droppedNote', () => {
  it('names the words left out, each quoted, and is empty when none was', () => {
    expect(droppedNote(viaAttribute, ['xyzqq'])).toBe('Không tìm thấy “xyzqq”, đang hiện kết quả cho các từ còn lại.');
    expect(droppedNote(viaAttribute, ['xyz', 'abc'])).toBe('Không tìm thấy “xyz”, “abc”, đang hiện kết quả cho các từ còn lại.');
    expect(droppedNote(viaAttribute, [])).toBe('');
  });
});

describe('resultStatus', () => {
  const status = (summary: Parameters<typeof resultStatus>[1]) => resultStatus(viaAttribute, summary);

  it('counts results, with the query in quotes', () => {
    expect(status({ query: 'cong doan', count: 3 })).toBe('3 kết quả cho “cong doan”.');
    expect(status({ query: '', count: 2 })).toBe('2 kết quả.');
  });

  it('names the missing words, each quoted', () => {
    expect(status({ query: 'cong xyz abc', count: 0, missing: ['xyz', 'abc'] })).toBe(
      'Không có kết quả nào cho “cong xyz abc”: không trang nào có từ “xyz”, “abc”. Hãy kiểm tra chính tả hoặc bỏ bớt từ.',
    );
  });

  it('says when nothing matched', () => {
    expect(status({ query: 'cong doan', count: 0 })).toBe('Không có kết quả nào cho “cong doan”.');
    expect(status({ query: '', count: 0 })).toBe('Không có kết quả nào.');
  });
});

describe('formatters for pages', () => {
  it('write counts the Vietnamese way and quote names', () => {
    expect(ui.stories.list.countFiltered(1234, 'Đắk Hà')).toBe('1.234 câu chuyện thuộc “Đắk Hà”, mới nhất trước.');
    expect(ui.stories.list.range(41, 60, 5000)).toBe('Câu chuyện 41–60 trên 5.000');
    expect(ui.campaignNow.daysLeft(976)).toBe(' (còn 976 ngày)');
  });

  it('leave page numbers and years as written', () => {
    expect(ui.stories.list.pageTitle('Câu chuyện điển hình', 1200)).toBe('Câu chuyện điển hình (trang 1200)');
    expect(ui.stories.yearOption(2025)).toBe('Năm 2025');
  });

  it('add a scope to an empty state only when there is one', () => {
    expect(ui.stories.empty()).toBe('Chưa có câu chuyện điển hình nào được đăng.');
    expect(ui.stories.empty(ui.stories.emptyForField)).toBe('Chưa có câu chuyện điển hình nào được đăng cho nội dung thi đua này.');
  });
});
