import type { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (các dòng bắt đầu bằng “- ”)',
  object: 'một nhóm trường',
  date: 'một ngày',
};

/**
 * Vietnamese wording for zod's built-in issues. Schemas that need a more specific message set
 * their own `error`, which takes precedence over this map.
 */
export function vietnameseIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Thiếu trường bắt buộc.'
        : `Sai kiểu dữ liệu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'string') return `Quá ngắn: cần ít nhất ${issue.minimum} ký tự.`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} mục.`;
      return `Giá trị phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      if (issue.origin === 'string') return `Quá dài: tối đa ${issue.maximum} ký tự.`;
      if (issue.origin === 'array') return `Tối đa ${issue.maximum} mục.`;
      return `Giá trị phải không quá ${issue.maximum}.`;
    case 'invalid_format':
      if (issue.format === 'url') return 'Không phải đường dẫn hợp lệ.';
      return 'Không đúng định dạng.';
    case 'invalid_value':
      return `Giá trị không hợp lệ. Chọn một trong: ${issue.values.map((v) => `“${String(v)}”`).join(', ')}.`;
    case 'unrecognized_keys':
      return `Có trường không được phép: ${issue.keys.map((k) => `“${k}”`).join(', ')}.`;
    case 'invalid_union':
      return 'Giá trị không khớp với dạng nào được phép.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

/** What an editor should do, given the issue and whether the field was present. */
export function fixHint(issue: { code: string; message: string }, field: string, present: boolean): string {
  const key = field.split(/[.[]/).filter(Boolean).pop() ?? field;
  switch (issue.code) {
    case 'invalid_type':
      return present
        ? `Sửa giá trị của “${key}” cho đúng kiểu; xem mẫu trong CONTRIBUTING.md.`
        : `Thêm dòng “${key}: …” vào tệp; xem mẫu trong CONTRIBUTING.md.`;
    case 'unrecognized_keys':
      return 'Xoá trường đó hoặc sửa lỗi chính tả trong tên trường.';
    case 'too_small':
    case 'too_big':
      return `Sửa nội dung của “${key}” cho vừa giới hạn.`;
    case 'invalid_value':
      return `Chép đúng một giá trị trong danh sách vào “${key}”.`;
    default:
      return present ? `Sửa giá trị của “${key}” theo hướng dẫn ở trên.` : `Thêm dòng “${key}: …” vào tệp theo hướng dẫn ở trên.`;
  }
}
