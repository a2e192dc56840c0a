import type { Nodes } from 'mdast';
import { isSafeLink } from '../text/safe-url.ts';
import { isAllowedHtml, LOCAL_IMAGE, parseStoryBody } from './markdown.ts';

/**
 * A story body as the open data publishes it: the editor's Markdown byte for byte, minus what
 * the story page never shows either (src/lib/stories/render-body.ts), so that whoever renders
 * the Markdown again gets no more than the page did, even from a build that skipped the check:
 * raw HTML other than <br> is removed (comments are notes between editors), a link whose
 * target the allow-list refuses keeps only its text, a link definition to such a target is
 * removed, and so is a picture that is not a file beside the story.
 */
export function publishedMarkdown(markdown: string): string {
  const start = (node: Nodes) => node.position!.start.offset!;
  const end = (node: Nodes) => node.position!.end.offset!;

  /** The node's children as published, with the source between them. */
  const inner = (children: Nodes[], from: number, to: number): string => {
    let out = '';
    let at = from;
    for (const child of children) {
      out += markdown.slice(at, start(child)) + published(child);
      at = end(child);
    }
    return out + markdown.slice(at, to);
  };

  const published = (node: Nodes): string => {
    switch (node.type) {
      case 'html':
        return isAllowedHtml(node.value) === 'break' ? markdown.slice(start(node), end(node)) : '';
      case 'definition':
        return isSafeLink(node.url) ? markdown.slice(start(node), end(node)) : '';
      case 'image':
        return LOCAL_IMAGE.test(node.url) ? markdown.slice(start(node), end(node)) : '';
      case 'link':
        if (!isSafeLink(node.url)) {
          const children = node.children as Nodes[];
          return children.length ? inner(children, start(children[0]!), end(children.at(-1)!)) : '';
        }
        break;
      default:
        break;
    }
    return 'children' in node ? inner(node.children as Nodes[], start(node), end(node)) : markdown.slice(start(node), end(node));
  };

  const root = parseStoryBody(markdown);
  return inner(root.children as Nodes[], 0, markdown.length);
}
