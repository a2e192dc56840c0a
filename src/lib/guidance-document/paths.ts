/** The guidance as a Word file, beside the /huong-dan/ page (src/pages/huong-dan/huong-dan.docx.ts). */
export const GUIDANCE_WORD_FILE = 'huong-dan.docx';
