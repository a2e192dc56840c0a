import type { APIRoute } from 'astro';
import { guidanceWord } from '../../data/guidance-word.ts';
import { DOCX_CONTENT_TYPE } from '../../lib/guidance-document/paths.ts';

/** The guidance as a Word document (docs/members-tools.md, "The guidance as a Word document"). */
export const GET: APIRoute = () => new Response(guidanceWord, { headers: { 'Content-Type': DOCX_CONTENT_TYPE } });
