/** Every sentence the search interface writes at run time, in Vietnamese. */

const quote = (text: string) => `“${text}”`;

export const SEARCH_TEXT = {
  loading: 'Đang tải bộ tìm kiếm…',
  loadFailed: 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
  searching: (query: string) => `Đang tìm ${quote(query)}…`,
  more: 'Xem thêm kết quả',
  sections: 'Các đoạn liên quan trong trang',
  filterCount: (count: number) => `${count} trang`,
} as const;

/** The status line read out after each search (it sits in an aria-live region). */
export function resultStatus({ query, count, missing = [] }: { query: string; count: number; missing?: string[] }): string {
  const subject = query ? ` cho ${quote(query)}` : '';
  if (count > 0) return `${count} kết quả${subject}.`;
  if (missing.length > 0) {
    const words = missing.map(quote).join(', ');
    return `Không có kết quả nào${subject}: không trang nào có từ ${words}. Hãy kiểm tra chính tả hoặc bỏ bớt từ.`;
  }
  return `Không có kết quả nào${subject}.`;
}
