/**
 * Strapi "blocks" rich text → HTML, plain text and counts. Pure: no Strapi import.
 *
 * Every text and attribute value is escaped; links keep only http, https and mailto targets
 * (anything else is rendered as its text), images only http and https sources (others are dropped).
 * Blocks come from the database, so the renderer tolerates missing `children` and unknown node types.
 */
import type { BlockNode, InlineNode, ListItemNode } from '../contract';
import { resolveRootRelative } from '../urls';

export interface BlocksToHtmlOptions {
  /** Absolute base (no trailing slash) used to resolve root-relative URLs such as `/uploads/x.jpg`. */
  baseUrl?: string;
}

type TextNode = Extract<InlineNode, { type: 'text' }>;
type LinkNode = Extract<InlineNode, { type: 'link' }>;
type ListNode = Extract<BlockNode, { type: 'list' }>;
// Strapi stores an indented list as a `list` child of its parent list, next to the list items.
type ListChild = ListItemNode | ListNode;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

// ---- URLs -----------------------------------------------------------------------------------------

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

function safeUrl(raw: unknown, allowed: RegExp, baseUrl: string | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const url = resolveRootRelative(raw.trim(), baseUrl);
  if (CONTROL_OR_SPACE.test(url) || !allowed.test(url)) return null;
  return url;
}

const LINK_URL = /^(?:https?:\/\/[^/?#]+|mailto:.+)/i;
const IMAGE_URL = /^https?:\/\/[^/?#]+/i;

/** The link target when it is http, https or mailto (root-relative resolved against `baseUrl`), else null. */
export function safeLinkHref(raw: unknown, baseUrl?: string): string | null {
  return safeUrl(raw, LINK_URL, baseUrl);
}

/** The image source when it is http or https (root-relative resolved against `baseUrl`), else null. */
export function safeImageSrc(raw: unknown, baseUrl?: string): string | null {
  return safeUrl(raw, IMAGE_URL, baseUrl);
}

// ---- Tree access ------------------------------------------------------------------------------------

function childrenOf<T>(node: { children?: readonly T[] }): readonly T[] {
  return Array.isArray(node.children) ? node.children : [];
}

function isTextNode(node: InlineNode): node is TextNode {
  return node.type === 'text';
}

function isLinkNode(node: InlineNode): node is LinkNode {
  return node.type === 'link';
}

// ---- Inline rendering -------------------------------------------------------------------------------

function wrap(tag: string, html: string): string {
  return `<${tag}>${html}</${tag}>`;
}

function textWithBreaks(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function renderText(node: TextNode): string {
  if (typeof node.text !== 'string' || node.text === '') return '';
  let html = textWithBreaks(node.text);
  if (node.code) html = wrap('code', html);
  if (node.strikethrough) html = wrap('s', html);
  if (node.underline) html = wrap('u', html);
  if (node.italic) html = wrap('em', html);
  if (node.bold) html = wrap('strong', html);
  return html;
}

function renderLink(node: LinkNode, options: BlocksToHtmlOptions): string {
  const inner = renderInlines(childrenOf(node), options);
  const href = safeLinkHref(node.url, options.baseUrl);
  if (href === null) return inner;
  return `<a href="${escapeHtml(href)}">${inner === '' ? escapeHtml(href) : inner}</a>`;
}

function renderInline(node: InlineNode, options: BlocksToHtmlOptions): string {
  if (isTextNode(node)) return renderText(node);
  if (isLinkNode(node)) return renderLink(node, options);
  return '';
}

function renderInlines(nodes: readonly InlineNode[], options: BlocksToHtmlOptions): string {
  return nodes.map((node) => renderInline(node, options)).join('');
}

// ---- Block rendering ----------------------------------------------------------------------------------

function headingLevel(level: unknown): number {
  const n = typeof level === 'number' ? Math.trunc(level) : 2;
  return Math.min(6, Math.max(1, Number.isFinite(n) ? n : 2));
}

function renderListChildren(children: readonly ListChild[], options: BlocksToHtmlOptions): string {
  const items: string[] = [];
  for (const child of children) {
    if (child.type === 'list') {
      // A nested list belongs inside the preceding item (a bare <ol>/<ul> child of a list is invalid HTML).
      const nested = renderList(child, options);
      if (items.length === 0) items.push(nested);
      else items[items.length - 1] += nested;
    } else if (child.type === 'list-item') {
      items.push(renderInlines(childrenOf(child), options));
    }
  }
  return items.map((item) => wrap('li', item)).join('');
}

function renderList(node: ListNode, options: BlocksToHtmlOptions): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const children: readonly ListChild[] = childrenOf<ListChild>(node);
  const items = renderListChildren(children, options);
  return items === '' ? '' : wrap(tag, items);
}

function renderImage(node: Extract<BlockNode, { type: 'image' }>, options: BlocksToHtmlOptions): string {
  const image = node.image ?? null;
  const src = safeImageSrc(image?.url, options.baseUrl);
  if (src === null) return '';
  const alt = typeof image?.alternativeText === 'string' ? image.alternativeText : '';
  return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"></figure>`;
}

function nonEmpty(tag: string, inner: string): string {
  return inner.trim() === '' ? '' : wrap(tag, inner);
}

function renderBlock(node: BlockNode, options: BlocksToHtmlOptions): string {
  switch (node.type) {
    case 'paragraph':
      return nonEmpty('p', renderInlines(childrenOf(node), options));
    case 'heading':
      return nonEmpty(`h${headingLevel(node.level)}`, renderInlines(childrenOf(node), options));
    case 'quote':
      return nonEmpty('blockquote', renderInlines(childrenOf(node), options));
    case 'code': {
      // A code block is verbatim text: marks, links and line breaks are not interpreted.
      const code = inlineText(childrenOf(node));
      return code === '' ? '' : `<pre><code>${escapeHtml(code)}</code></pre>`;
    }
    case 'list':
      return renderList(node, options);
    case 'image':
      return renderImage(node, options);
    default:
      return '';
  }
}

/** Renders blocks as an HTML fragment; empty paragraphs, headings, quotes and code blocks are left out. */
export function blocksToHtml(blocks: readonly BlockNode[] | null | undefined, options: BlocksToHtmlOptions = {}): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter((block): block is BlockNode => typeof block === 'object' && block !== null)
    .map((block) => renderBlock(block, options))
    .join('');
}

// ---- Plain text and counts ---------------------------------------------------------------------------

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (isTextNode(node)) return typeof node.text === 'string' ? node.text : '';
      if (isLinkNode(node)) return inlineText(childrenOf(node));
      return '';
    })
    .join('');
}

function listTexts(children: readonly ListChild[]): string[] {
  return children.flatMap((child) => {
    if (child.type === 'list') return listTexts(childrenOf<ListChild>(child));
    if (child.type === 'list-item') return [inlineText(childrenOf(child))];
    return [];
  });
}

// Image alternative text is left out, like figure captions in ninjs counts.
function blockTexts(block: BlockNode): string[] {
  switch (block.type) {
    case 'list':
      return listTexts(childrenOf<ListChild>(block));
    case 'image':
      return [];
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'code':
      return [inlineText(childrenOf(block))];
    default:
      return [];
  }
}

function textUnits(blocks: readonly BlockNode[] | null | undefined): string[] {
  if (!Array.isArray(blocks)) return [];
  return blocks
    .filter((block): block is BlockNode => typeof block === 'object' && block !== null)
    .flatMap(blockTexts)
    .filter((text) => text.trim() !== '');
}

/** Plain text of the blocks: one line per paragraph, heading, quote, code block or list item. */
export function blocksToPlainText(blocks: readonly BlockNode[] | null | undefined): string {
  return textUnits(blocks).join('\n');
}

const WORD = /[\p{L}\p{N}]/u;

/** Words = whitespace-separated tokens holding at least one letter or digit (so a lone ":" or "—" is not a word). */
export function countWords(blocks: readonly BlockNode[] | null | undefined): number {
  return blocksToPlainText(blocks)
    .split(/\s+/u)
    .filter((token) => WORD.test(token)).length;
}

/** Characters (Unicode code points) of the text content, spaces included, block separators and markup excluded. */
export function countChars(blocks: readonly BlockNode[] | null | undefined): number {
  return textUnits(blocks).reduce((total, text) => total + Array.from(text).length, 0);
}
