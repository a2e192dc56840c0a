import type { Element, ElementContent, Nodes as HastNodes, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Blockquote, Heading, Html, Image, Link, Paragraph } from 'mdast';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import { isSafeLink } from '../text/safe-url.ts';
import { ATTRIBUTION, isAllowedHtml, LOCAL_IMAGE, parseStoryBody, plainText, walk } from './markdown.ts';

/** A picture beside the story, already processed by the site's image pipeline. */
export interface ResolvedImage {
  src: string;
  width: number;
  height: number;
  srcset?: string;
  sizes?: string;
}

export interface RenderOptions {
  /** The processed image for a file name beside the story, or undefined when there is none. */
  images: ReadonlyMap<string, ResolvedImage>;
}

/** File names of the pictures a body shows ("anh-1.jpg"), so the page can process them first. */
export function storyImageFiles(markdown: string): string[] {
  const files = new Set<string>();
  walk(parseStoryBody(markdown), (node) => {
    if (node.type === 'image') {
      const file = LOCAL_IMAGE.exec(node.url)?.[1];
      if (file) files.add(file);
    }
  });
  return [...files];
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * Renders a story body to HTML that cannot carry script, whatever the Markdown holds, even if
 * the content check was skipped: raw HTML is dropped (bar comments, which vanish, and <br>),
 * links keep only https, e-mail, telephone and relative targets (src/lib/text/safe-url.ts),
 * and pictures must be files beside the story that the site has processed. Text is always
 * escaped by the serializer.
 */
export function renderStoryBody(markdown: string, options: RenderOptions): string {
  const imageElement = (node: Image): Element | undefined => {
    const file = LOCAL_IMAGE.exec(node.url)?.[1];
    const image = file ? options.images.get(file) : undefined;
    if (!image) return undefined;
    return element(
      'img',
      {
        src: image.src,
        ...(image.srcset ? { srcSet: image.srcset, sizes: image.sizes ?? '100vw' } : {}),
        alt: node.alt ?? '',
        width: image.width,
        height: image.height,
        loading: 'lazy',
        decoding: 'async',
      },
      [],
    );
  };

  const handlers = {
    // The body sits in a section headed h2 under the page title, so "##" becomes h3.
    heading: (state: State, node: Heading) =>
      defaultHandlers.heading(state, { ...node, depth: Math.min(6, Math.max(3, node.depth + 1)) as Heading['depth'] }),
    html: (_state: State, node: Html) => (isAllowedHtml(node.value) === 'break' ? element('br', {}, []) : undefined),
    image: (_state: State, node: Image) => imageElement(node),
    imageReference: () => undefined,
    link: (state: State, node: Link) =>
      isSafeLink(node.url) ? defaultHandlers.link(state, node) : element('span', {}, state.all(node)),
    // A picture alone in its paragraph is a figure; its Markdown title is the caption.
    paragraph: (state: State, node: Paragraph) => {
      const content = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      const only = content.length === 1 && content[0]?.type === 'image' ? content[0] : undefined;
      if (!only) return defaultHandlers.paragraph(state, node);
      const img = imageElement(only);
      if (!img) return undefined;
      const caption = only.title?.trim();
      return element('figure', { className: ['story-figure'] }, [
        img,
        ...(caption ? [element('figcaption', {}, [{ type: 'text', value: caption }])] : []),
      ]);
    },
    // A quote whose last paragraph starts with a dash names who said it.
    blockquote: (state: State, node: Blockquote) => {
      const last = node.children.at(-1);
      const match = last?.type === 'paragraph' && node.children.length > 1 ? ATTRIBUTION.exec(plainText(last)) : null;
      if (!match) return defaultHandlers.blockquote(state, node);
      const quote = defaultHandlers.blockquote(state, { ...node, children: node.children.slice(0, -1) });
      return element('figure', { className: ['story-quote'] }, [
        quote,
        element('figcaption', {}, [{ type: 'text', value: `— ${match[1]!.trim()}` }]),
      ]);
    },
  };

  const tree = toHast(parseStoryBody(markdown), { handlers, allowDangerousHtml: false });
  sanitize(tree);
  return toHtml(tree);
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'srcSet', 'poster', 'cite', 'xLinkHref'];

/** The addresses in a URL property: a srcset lists several, each followed by its width. */
const urlsOf = (key: string, value: string) =>
  key === 'srcSet' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];

/**
 * A last pass over the output, independent of the handlers above: whatever produced an
 * element, no event handler, style or unsafe URL survives.
 */
function sanitize(node: HastNodes): void {
  if (node.type === 'element') {
    for (const key of Object.keys(node.properties)) {
      const value = node.properties[key];
      if (/^on/i.test(key) || key === 'style') delete node.properties[key];
      else if (URL_PROPERTIES.includes(key) && typeof value === 'string' && !urlsOf(key, value).every(isSafeLink)) delete node.properties[key];
    }
    if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button'].includes(node.tagName)) {
      node.tagName = 'span';
      node.children = [];
    }
  }
  if ('children' in node) {
    node.children = (node.children as ElementContent[]).filter((child) => child.type !== 'raw' as string);
    for (const child of node.children) sanitize(child as HastNodes);
  }
}
