import { describe, expect, it } from 'vitest';
import { loadPage, visibleText } from '../support/html.ts';
import { sourceUnits } from '../support/source-units.ts';

describe('the guidance page reproduces the source word for word', () => {
  const page = loadPage('/huong-dan/');
  const main = page.querySelector('main')!;
  const rendered = new Set(
    [...main.querySelectorAll('h1, h2, h3, h4, p, li')].map((element) => visibleText(element)),
  );
  const units = sourceUnits();

  it('finds every paragraph, bullet, heading and line of the source as one element of the page', () => {
    const missing = units.filter((unit) => !rendered.has(unit));
    const coverage = (units.length - missing.length) / units.length;
    console.log(`fidelity: ${units.length - missing.length}/${units.length} source units (${(coverage * 100).toFixed(1)} %)`);
    expect(missing).toEqual([]);
    expect(units.length).toBe(57);
  });

  it('joins the sentences split by page breaks', () => {
    expect(units.some((u) => u.includes('nguyên vật liệu có tính bền vững cao, thân thiện với môi trường.'))).toBe(true);
    expect(units.some((u) => u.includes('các công trình phúc lợi trên địa bàn dân cư;'))).toBe(true);
  });

  it('renders the footnote as a real footnote linked both ways', () => {
    const ref = page.querySelector('sup.fnref a')!;
    expect(ref.getAttribute('href')).toBe('#chu-thich-1');
    expect(ref.closest('li')?.id).toBe('giai-doan-1-1');
    const note = page.getElementById('chu-thich-1')!;
    expect(note.closest('section')?.querySelector('h2')?.textContent).toBe('Chú thích');
    expect(note.querySelector(`a[href="#${ref.id}"]`)).not.toBeNull();
    expect(note.querySelectorAll('li.src-block')).toHaveLength(3);
  });

  it('keeps the slips of the source and marks each with a visible editorial note', () => {
    expect(page.getElementById('ban-tuyen-giao-nu-cong')?.textContent).toBe('3.2 Ban Tuyên giáo – Nữ công');
    const notes = [...page.querySelectorAll('.editorial-note')].map((n) => n.textContent ?? '');
    expect(notes.some((n) => n.includes('“3.2”'))).toBe(true);
    expect(notes.some((n) => n.includes('“Hướng ứng”'))).toBe(true);
    expect(notes.some((n) => n.includes('“về về”'))).toBe(true);
    expect(notes.every((n) => n.startsWith('Ghi chú biên tập:'))).toBe(true);
  });

  it('says the number and date of the guidance are not in the source instead of guessing them', () => {
    const facts = [...page.querySelectorAll('.doc-header dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(facts).toContainEqual(['Số, ký hiệu', 'Không ghi trong văn bản gốc']);
    expect(facts).toContainEqual(['Ngày ban hành', 'Không ghi trong văn bản gốc']);
  });

  it('gives every section a stable anchor listed in the contents', () => {
    const tocTargets = [...page.querySelectorAll('.doc-toc a')].map((a) => a.getAttribute('href')!.slice(1));
    expect(tocTargets).toEqual([
      'mo-dau',
      'muc-dich-yeu-cau',
      'tien-do-thuc-hien',
      'noi-dung',
      'to-chuc-thuc-hien',
      'ket-thuc',
      'noi-nhan',
      'chu-thich',
    ]);
    for (const id of tocTargets) expect(page.getElementById(id), id).not.toBeNull();
  });
});
