/** The guidance as a Word file, beside the /huong-dan/ page (src/pages/huong-dan/huong-dan.docx.ts). */
export const GUIDANCE_WORD_FILE = 'huong-dan.docx';

/**
 * The media type of a .docx. Hosts map the extension to it themselves (nginx's and Apache's
 * mime.types, Netlify, Cloudflare Pages), so `_headers` does not repeat it; the local static
 * server (scripts/lib/static-server.ts) maps it from here.
 */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
