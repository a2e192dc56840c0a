import { stringify } from 'yaml';
import type { ExemplarKind } from '../schemas/exemplars.ts';

/** What `npm run new:story` asks for; everything else is left for the editor to add. */
export interface NewStory {
  title: string;
  summary: string;
  kind: ExemplarKind;
  person?: string | undefined;
  unit: { name: string; level: string };
  locality: string;
  fields: string[];
  items: string[];
  phase: string;
  achievedOn: string;
  publishedOn: string;
  source: { title: string; url?: string | undefined };
  author: { name: string; unit?: string | undefined };
}

const BODY = `<!--
  Viết câu chuyện ở dưới (Markdown thường). Khung ghi chú này không hiện trên trang;
  có thể xoá. Cú pháp được dùng:
    ## Tiêu đề nhỏ
    **chữ đậm**, *chữ nghiêng*, [liên kết](https://…)
    Ảnh có chú thích (tệp ảnh đặt cạnh index.md, tên chữ thường không dấu):
    ![Mô tả ảnh cho người không xem được ảnh](./anh-1.jpg "Chú thích dưới ảnh")
    Trích lời (dòng cuối là người nói):
    > Lời trích.
    >
    > — Họ tên, chức vụ
  Không dùng HTML, mã lệnh, import/export hay dấu ngoặc nhọn.
-->

## Kết quả nổi bật

Viết ở đây: đơn vị đã làm gì, làm thế nào, kết quả ra sao.
`;

/** The index.md of a new story: YAML frontmatter (quoted where YAML needs it) and a body to fill in. */
export function storyMarkdown(story: NewStory): string {
  const data: Record<string, unknown> = {
    title: story.title,
    summary: story.summary,
    kind: story.kind,
    ...(story.person ? { person: story.person } : {}),
    unit: story.unit,
    locality: story.locality,
    fields: story.fields,
    ...(story.items.length ? { items: story.items } : {}),
    phase: story.phase,
    achievedOn: story.achievedOn,
    publishedOn: story.publishedOn,
    figures: [],
    sources: [story.source.url ? story.source : { title: story.source.title }],
    author: story.author.unit ? story.author : { name: story.author.name },
  };
  const yaml = stringify(data, { lineWidth: 0 }).replace(
    /^figures: \[\]\n/m,
    [
      '# Kết quả bằng con số, ví dụ:',
      '#   - label: Đường bê tông hoàn thành',
      '#     value: 1.2',
      '#     unit: km đường bê tông',
      'figures: []',
      '',
    ].join('\n'),
  );
  return `---\n${yaml}---\n\n${BODY}`;
}
