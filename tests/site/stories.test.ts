import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, loadPage } from '../support/html.ts';
import { SITE_DIR } from '../support/paths.ts';

/** The published site: content/exemplars holds no story, and no fixture may leak into it. */
describe('stories on the published site', () => {
  it('shows an empty state that says how to submit a story', () => {
    const doc = loadPage('/cau-chuyen/');
    const empty = doc.querySelector('.stories-empty')!;
    expect(empty.textContent).toContain('Chưa có câu chuyện điển hình nào được đăng');
    expect(empty.textContent!.replace(/\s+/g, ' ')).toContain('để đăng tại đây. Xem cách gửi câu chuyện điển hình.');
    expect(empty.querySelector('a')!.getAttribute('href')).toBe('/gui-cau-chuyen/');
    expect(doc.querySelectorAll('.story-card')).toHaveLength(0);
    expect(doc.querySelector('.story-filters')).toBeNull();
  });

  it('shows the empty state on the home page and on each field page', () => {
    for (const path of ['/', '/noi-dung-thi-dua/ha-tang/', '/noi-dung-thi-dua/tiet-kiem/']) {
      const doc = loadPage(path);
      expect(doc.querySelector('#cau-chuyen-dien-hinh'), path).not.toBeNull();
      expect(doc.querySelector('.stories-empty a[href="/gui-cau-chuyen/"]'), path).not.toBeNull();
    }
  });

  it('publishes the submission guide, linking the story template, without code-block scripts or styles', () => {
    const doc = loadPage('/gui-cau-chuyen/');
    expect(doc.querySelector('h1')!.textContent).toBe('Gửi câu chuyện điển hình');
    expect(doc.querySelector('a[href="../mau-cau-chuyen.txt"]')).not.toBeNull();
    expect(existsSync(join(SITE_DIR, 'mau-cau-chuyen.txt'))).toBe(true);
    // A fenced code block would pull in Expressive Code's own script and stylesheet.
    expect(doc.querySelectorAll('script[src*="ec."], link[href*="ec."]').length).toBe(0);
  });

  it('publishes an empty feed and an empty open-data file', () => {
    const data = JSON.parse(readFileSync(join(SITE_DIR, 'cau-chuyen/du-lieu.json'), 'utf8'));
    expect(data).toMatchObject({ version: 1, count: 0, stories: [] });
    expect(readFileSync(join(SITE_DIR, 'cau-chuyen/rss.xml'), 'utf8')).not.toContain('<item>');
  });

  it('contains no fixture or synthetic story anywhere', () => {
    const leaks: string[] = [];
    for (const file of globSync('**/*.{html,xml,json}', { cwd: SITE_DIR })) {
      if (file.startsWith('pagefind/')) continue;
      const text = readFileSync(join(SITE_DIR, file), 'utf8');
      if (/Mẫu [A-C]\b|Mẫu \d{4}|mau-tong-hop-|mau-a-duong|giả định/.test(text)) leaks.push(file);
    }
    expect(leaks).toEqual([]);
    expect(globSync('cau-chuyen/*/index.html', { cwd: SITE_DIR }).filter((f) => !/^cau-chuyen\/(trang|dia-ban|linh-vuc|loai|nam)\//.test(f))).toEqual([]);
    expect(existsSync(join(SITE_DIR, 'cau-chuyen/trang'))).toBe(false);
  });

  it('links the story list from the sidebar of every page, and lists no story there', () => {
    // The splash home page and the 404 page have no sidebar.
    const pages = allPages().filter(({ document }) => document.querySelector('#starlight__sidebar'));
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, document } of pages) {
      const links = [...document.querySelectorAll('#starlight__sidebar a')].map((a) => a.getAttribute('href'));
      expect(links, path).toContain('/cau-chuyen/');
      expect(links.filter((href) => href!.startsWith('/cau-chuyen/') && href !== '/cau-chuyen/'), path).toEqual([]);
    }
  });
});

/** The statistics pages of the published site, which has no story yet. */
describe('statistics on the published site', () => {
  it.each(['/so-lieu/', '/so-lieu/giai-doan-1/', '/so-lieu/giai-doan-2/'])('%s says there is nothing to count yet and draws no chart', (path) => {
    const doc = loadPage(path);
    expect(doc.querySelector('.stat-empty')!.textContent).toContain('Chưa có câu chuyện điển hình nào được đăng');
    expect(doc.querySelectorAll('svg.chart, .stat-headline, .stat-table')).toHaveLength(0);
    // No script of its own: only what every page carries (the share control).
    const scripts = (d: Document) => [...d.querySelectorAll('script')].map((x) => x.outerHTML);
    expect(scripts(doc)).toEqual(scripts(loadPage('/giai-doan/')));
    expect(doc.querySelector(`a[href="/so-lieu/so-lieu.csv"]`)).not.toBeNull();
  });

  it('offers downloads with their header rows only', () => {
    const csv = readFileSync(join(SITE_DIR, 'so-lieu/so-lieu.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFMã câu chuyện,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(1);
    expect(existsSync(join(SITE_DIR, 'so-lieu/so-lieu.xlsx'))).toBe(true);
    expect(globSync('so-lieu/*/*/**/index.html', { cwd: SITE_DIR })).toEqual([]);
  });

  it('explains the 2025 reorganisation on /gioi-thieu/, linking both resolutions', () => {
    const doc = loadPage('/gioi-thieu/');
    for (const id of ['nghi-quyet-202-2025-qh15', 'nghi-quyet-203-2025-qh15']) {
      expect(doc.querySelector(`a[href="../van-ban/${id}/"]`), id).not.toBeNull();
      expect(existsSync(join(SITE_DIR, 'van-ban', id, 'index.html')), id).toBe(true);
    }
  });
});
