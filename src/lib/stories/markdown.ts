import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';

/**
 * Story bodies are plain CommonMark, parsed by the same parser for the content check and the
 * renderer, so what the check sees is exactly what the page would show.
 */
export function parseStoryBody(markdown: string): Root {
  return fromMarkdown(markdown);
}

/** Depth-first walk over every node, parents before children. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Nodes | undefined) => void, parent?: Nodes): void {
  visit(node, parent);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit, node);
}

/** Plain text of a node, as a reader would see it. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/**
 * A picture beside the story: "./ten-anh.jpg" (no folders, no web address). Lower case only:
 * the site finds pictures by exact name, and "Anh.JPG" would work on Windows but not on the server.
 */
export const LOCAL_IMAGE = /^\.\/([a-z0-9][a-z0-9._-]*\.(?:jpe?g|png|webp|avif))$/;

/** Raw HTML allowed in a story: comments (notes to other editors, never shown) and line breaks. */
export function isAllowedHtml(html: string): 'comment' | 'break' | false {
  const value = html.trim();
  if (isValidComment(value)) return 'comment';
  if (/^<br\s*\/?>$/i.test(value)) return 'break';
  return false;
}

/**
 * One comment, valid as the HTML standard defines it. Browsers also end a comment at “--!>” and
 * at an abrupt “<!-->” or “<!--->”, so text after those would be markup; a nested “<!--” is a
 * parse error. None of them may appear inside.
 */
export function isValidComment(html: string): boolean {
  if (!html.startsWith('<!--') || !html.endsWith('-->') || html.length < 7) return false;
  const inner = html.slice(4, -3);
  return !/^-?>/.test(inner) && !/-->|--!>|<!--/.test(inner) && !inner.endsWith('<!-');
}

/** An attribution paragraph closing a quote: "— Chị Nguyễn Thị A, tổ trưởng". */
export const ATTRIBUTION = /^\s*(?:—|–|--)\s*(\S[\s\S]*)$/;
