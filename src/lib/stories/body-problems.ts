import type { Nodes } from 'mdast';
import { isSafeLink } from '../text/safe-url.ts';
import { ATTRIBUTION, isAllowedHtml, LOCAL_IMAGE, parseStoryBody, plainText, walk } from './markdown.ts';

/** A problem in a story's Markdown body; `line` is relative to the body (1 = its first line). */
export interface BodyProblem {
  line: number;
  message: string;
  fix: string;
}

export interface BodyCheckOptions {
  /** Whether a file with this name exists in the story's folder. */
  imageExists: (fileName: string) => boolean;
}

const FIGURE_SYNTAX = '![mô tả ảnh](./ten-anh.jpg "chú thích")';
const QUOTE_SYNTAX = 'dòng bắt đầu bằng “> ”, dòng cuối “> — Tên người nói”';

/**
 * Everything in a story body that could run code, inject markup, load from another site or
 * break the page. Bodies are plain Markdown: MDX syntax (import/export, {expressions},
 * <Components>) is rejected with a pointer to the Markdown way of doing the same thing.
 */
export function findBodyProblems(markdown: string, options: BodyCheckOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const tree = parseStoryBody(markdown);
  const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
  const add = (node: Nodes, message: string, fix: string) => problems.push({ line: lineOf(node), message, fix });

  walk(tree, (node) => {
    switch (node.type) {
      case 'paragraph': {
        const first = plainText(node).trimStart();
        if (/^(?:import|export)\b/.test(first)) {
          add(
            node,
            `Câu lệnh “${first.split(/\s/)[0]}” của MDX không được dùng trong câu chuyện: câu chuyện là văn bản Markdown, không chạy mã.`,
            `Xoá dòng này. Muốn chèn ảnh có chú thích, viết ${FIGURE_SYNTAX}; muốn trích lời, viết ${QUOTE_SYNTAX}.`,
          );
        }
        break;
      }
      case 'text': {
        if (/[{}]/.test(node.value)) {
          add(
            node,
            'Có dấu ngoặc nhọn “{ }”: trong MDX đây là biểu thức JavaScript, nên câu chuyện không được dùng.',
            'Xoá dấu ngoặc nhọn hoặc thay bằng ngoặc đơn “( )”.',
          );
        }
        break;
      }
      case 'html': {
        const verdict = describeHtml(node.value);
        if (verdict) add(node, verdict.message, verdict.fix);
        break;
      }
      case 'link':
      case 'definition': {
        if (!isSafeLink(node.url)) {
          add(
            node,
            `Đường dẫn “${truncate(node.url)}” không được phép: chỉ dùng địa chỉ web bắt đầu bằng https:// (không kèm tên đăng nhập, mật khẩu), thư điện tử (mailto:), số điện thoại (tel:) hoặc trang trong trang này.`,
            'Sửa đường dẫn thành một địa chỉ https:// đầy đủ, hoặc xoá liên kết.',
          );
        }
        break;
      }
      case 'image': {
        const file = LOCAL_IMAGE.exec(node.url)?.[1];
        if (!file) {
          add(
            node,
            `Ảnh “${truncate(node.url)}” phải là tệp .jpg, .png, .webp hoặc .avif nằm cùng thư mục với câu chuyện (ảnh từ trang khác làm lộ người đọc và có thể mất).`,
            `Tải ảnh lên cùng thư mục với index.md, đặt tên bằng chữ thường không dấu, rồi viết ${FIGURE_SYNTAX}.`,
          );
        } else if (!options.imageExists(file)) {
          add(
            node,
            `Không tìm thấy tệp ảnh “${file}” trong thư mục của câu chuyện.`,
            'Tải tệp ảnh lên cùng thư mục với index.md, hoặc sửa tên tệp cho đúng (phân biệt chữ hoa, chữ thường).',
          );
        }
        if (!node.alt?.trim()) {
          add(
            node,
            'Ảnh thiếu mô tả (alt): người khiếm thị và người mạng chậm không biết ảnh cho thấy gì.',
            `Viết mô tả ngắn vào trong ngoặc vuông: ${FIGURE_SYNTAX}.`,
          );
        }
        break;
      }
      case 'imageReference':
        add(node, 'Ảnh viết kiểu tham chiếu (![…][…]) không được hỗ trợ.', `Viết ảnh trực tiếp: ${FIGURE_SYNTAX}.`);
        break;
      case 'blockquote': {
        const last = node.children.at(-1);
        if (last?.type === 'paragraph' && ATTRIBUTION.test(plainText(last)) && node.children.length < 2) {
          add(node, 'Trích dẫn chỉ có tên người nói mà không có lời trích.', `Viết lời trích trước dòng tên: ${QUOTE_SYNTAX}.`);
        }
        break;
      }
      default:
        break;
    }
  });
  return problems.sort((a, b) => a.line - b.line);
}

function describeHtml(html: string): { message: string; fix: string } | undefined {
  if (isAllowedHtml(html)) return undefined;
  const markdownWay = `Dùng cú pháp Markdown thay cho HTML: **chữ đậm**, *chữ nghiêng*, [liên kết](https://…), ảnh ${FIGURE_SYNTAX}.`;
  if (html.trimStart().startsWith('<!--')) {
    return {
      message:
        'Chú thích <!-- … --> có “--!>”, “<!--” hoặc “-->” ở giữa (hoặc mở đầu bằng “>”): trình duyệt coi đó là chỗ kết thúc chú thích, phần sau sẽ thành mã HTML.',
      fix: 'Xoá các ký tự đó bên trong chú thích, hoặc xoá cả chú thích.',
    };
  }
  if (/<\s*script\b/i.test(html)) {
    return { message: 'Thẻ <script> không được phép: câu chuyện không được chạy mã trên trang.', fix: 'Xoá toàn bộ thẻ <script>…</script>.' };
  }
  const handler = /\s(on[a-z]+)\s*=/i.exec(html)?.[1];
  if (handler) {
    return {
      message: `Thuộc tính “${handler}=” chạy mã JavaScript khi trang được mở, nên không được phép.`,
      fix: `Xoá thẻ HTML này. ${markdownWay}`,
    };
  }
  if (/javascript\s*:/i.test(html)) {
    return { message: 'Đường dẫn “javascript:” chạy mã khi được bấm, nên không được phép.', fix: `Xoá thẻ HTML này. ${markdownWay}` };
  }
  const tag = /<\/?\s*([A-Za-z][\w.-]*)/.exec(html)?.[1];
  if (tag && /^[A-Z]/.test(tag)) {
    return {
      message: `Thành phần “<${tag}>” (MDX) không dùng được trong câu chuyện.`,
      fix: `Ảnh có chú thích: ${FIGURE_SYNTAX}. Trích lời: ${QUOTE_SYNTAX}.`,
    };
  }
  return {
    message: `Mã HTML “${truncate(html.trim())}” không được phép trong câu chuyện (chỉ cho phép chú thích <!-- … --> và <br>).`,
    fix: markdownWay,
  };
}

function truncate(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
