/**
 * A partner's HTML body (ninjs `bodies[]` of type text/html) → Strapi blocks. Pure: no Strapi import.
 *
 * Tolerant and linear: a scanner over `<…>` tags, no regular expression over the whole document. Paragraph-like
 * containers (`p`, `div`, `section`, `td`…) become paragraphs, `h1`–`h6` headings, `blockquote` quotes, `pre` code
 * blocks, `ul`/`ol` lists (nested lists are flattened into their outer list), `img` image blocks (http and https
 * sources only); `strong`/`b`, `em`/`i`, `u`, `s`/`del`, `code` are marks, `a` links (http, https and mailto only:
 * others keep their text), `br` a line break. `script`, `style` and comments are dropped, unknown tags keep their
 * text. It reads back what `blocksToHtml` writes, so our own bodies come back as they were.
 */
import { safeImageSrc, safeLinkHref } from '../brief/blocks-to-html';
import type { BlockNode, InlineNode, ListItemNode } from '../contract';

type TextNode = Extract<InlineNode, { type: 'text' }>;
type LinkNode = Extract<InlineNode, { type: 'link' }>;
type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';

const MARK_TAGS: Readonly<Record<string, Mark>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
};
const PARAGRAPH_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'figure',
  'figcaption',
  'address',
  'dd',
  'dt',
  'td',
  'th',
  'caption',
  'center',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'iframe', 'object', 'svg']);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ecirc: 'ê',
  ocirc: 'ô',
  euro: '€',
  copy: '©',
};

/** Decodes character references (`&amp;`, `&#39;`, `&#x2014;`, the common named ones); unknown ones stay. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// ---- Tokens ---------------------------------------------------------------------------------------

interface TagToken {
  kind: 'open' | 'close';
  name: string;
  attributes: Readonly<Record<string, string>>;
  selfClosing: boolean;
}
type Token = TagToken | { kind: 'text'; text: string };

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1].toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function* tokens(html: string): Generator<Token> {
  let index = 0;
  // The next `>` at or after a position, remembered so that a run of `<` without any `>` stays linear.
  let nextClose = -2;
  const closeAfter = (position: number): number => {
    if (nextClose !== -1 && nextClose < position) nextClose = html.indexOf('>', position);
    return nextClose;
  };
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) {
      yield { kind: 'text', text: html.slice(index) };
      return;
    }
    if (open > index) yield { kind: 'text', text: html.slice(index, open) };
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      index = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 40));
    const close = closeAfter(open + 1);
    if (html[open + 1] === '!' || html[open + 1] === '?') {
      index = close < 0 ? html.length : close + 1;
      continue;
    }
    if (tag === null || close < 0) {
      yield { kind: 'text', text: '<' };
      index = open + 1;
      continue;
    }
    const inside = html.slice(open + tag[0].length, close);
    yield {
      kind: tag[1] === '/' ? 'close' : 'open',
      name: tag[2].toLowerCase(),
      attributes: tag[1] === '/' ? {} : attributesOf(inside),
      selfClosing: inside.endsWith('/'),
    };
    index = close + 1;
  }
}

// ---- Building blocks --------------------------------------------------------------------------------

type Container =
  | { type: 'paragraph' | 'quote'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'code'; text: string };

class BlockBuilder {
  readonly blocks: BlockNode[] = [];
  private container: Container | null = null;
  private list: { format: 'ordered' | 'unordered'; children: ListItemNode[] } | null = null;
  private listItem: ListItemNode | null = null;
  private readonly marks = new Map<Mark, number>();
  private readonly links: LinkNode[] = [];
  private listDepth = 0;
  private preDepth = 0;
  private quoteDepth = 0;

  startBlock(container: Container): void {
    this.endBlock();
    this.container = container;
  }

  endBlock(): void {
    const container = this.container;
    this.container = null;
    this.links.length = 0;
    if (container === null) return;
    if (container.type === 'code') {
      const code = container.text.replace(/^\n/, '').replace(/\s+$/, '');
      if (code !== '') this.blocks.push({ type: 'code', children: [{ type: 'text', text: code }] });
      return;
    }
    const children = trimInlines(container.children);
    if (children.length === 0) return;
    if (container.type === 'heading') this.blocks.push({ type: 'heading', level: container.level, children });
    else this.blocks.push({ type: container.type, children });
  }

  startList(format: 'ordered' | 'unordered'): void {
    this.listDepth += 1;
    if (this.listDepth > 1) return;
    this.endBlock();
    this.list = { format, children: [] };
  }

  endList(): void {
    if (this.listDepth === 0) return;
    this.listDepth -= 1;
    if (this.listDepth > 0) return;
    this.endListItem();
    const list = this.list;
    this.list = null;
    if (list !== null && list.children.length > 0) this.blocks.push({ type: 'list', ...list });
  }

  startListItem(): void {
    if (this.list === null) {
      this.startBlock({ type: 'paragraph', children: [] });
      return;
    }
    this.endListItem();
    this.listItem = { type: 'list-item', children: [] };
  }

  endListItem(): void {
    const item = this.listItem;
    this.listItem = null;
    this.links.length = 0;
    if (item === null || this.list === null) return;
    const children = trimInlines(item.children);
    if (children.length > 0) this.list.children.push({ type: 'list-item', children });
  }

  /** A paragraph inside a `blockquote` is part of the quote. */
  startParagraph(): void {
    this.startBlock({ type: this.quoteDepth > 0 ? 'quote' : 'paragraph', children: [] });
  }

  quote(on: boolean): void {
    this.quoteDepth = Math.max(0, this.quoteDepth + (on ? 1 : -1));
    if (on) this.startParagraph();
    else this.endBlock();
  }

  finish(): void {
    this.preDepth = Math.min(this.preDepth, 1);
    this.endPre();
    this.listDepth = Math.min(this.listDepth, 1);
    this.endList();
    this.endBlock();
  }

  startPre(): void {
    this.preDepth += 1;
    if (this.preDepth === 1) this.startBlock({ type: 'code', text: '' });
  }

  endPre(): void {
    if (this.preDepth === 0) return;
    this.preDepth -= 1;
    if (this.preDepth === 0) this.endBlock();
  }

  mark(mark: Mark, on: boolean): void {
    const depth = (this.marks.get(mark) ?? 0) + (on ? 1 : -1);
    if (depth > 0) this.marks.set(mark, depth);
    else this.marks.delete(mark);
  }

  startLink(href: string | null): void {
    if (href === null) return;
    const link: LinkNode = { type: 'link', url: href, children: [] };
    this.inlineTarget().push(link);
    this.links.push(link);
  }

  endLink(): void {
    const link = this.links.pop();
    if (link !== undefined && link.children.length === 0) link.children.push({ type: 'text', text: link.url });
  }

  image(src: string | null, alt: string): void {
    if (src === null) return;
    this.endBlock();
    this.blocks.push({
      type: 'image',
      image: { url: src, alternativeText: alt === '' ? null : alt },
      children: [{ type: 'text', text: '' }],
    });
  }

  text(raw: string): void {
    if (this.container?.type === 'code') {
      this.container.text += raw;
      return;
    }
    const text = raw.replace(/[\t\n\f\r ]+/g, ' ');
    if (text === '') return;
    const target = this.inlineTarget();
    const node: TextNode = { type: 'text', text };
    for (const mark of this.marks.keys()) node[mark] = true;
    const last = target[target.length - 1];
    if (last !== undefined && last.type === 'text' && sameMarks(last, node)) last.text += text;
    else target.push(node);
  }

  lineBreak(): void {
    if (this.container?.type === 'code') this.text('\n');
    else {
      const target = this.inlineTarget();
      const last = target[target.length - 1];
      if (last !== undefined && last.type === 'text') last.text += '\n';
      else target.push({ type: 'text', text: '\n' });
    }
  }

  private inlineTarget(): InlineNode[] {
    const link = this.links[this.links.length - 1];
    if (link !== undefined) return link.children;
    if (this.listItem !== null) return this.listItem.children;
    if (this.list !== null) {
      this.listItem = { type: 'list-item', children: [] };
      return this.listItem.children;
    }
    if (this.container === null || this.container.type === 'code') this.container = { type: 'paragraph', children: [] };
    return this.container.children;
  }
}

const MARK_KEYS: readonly Mark[] = ['bold', 'italic', 'underline', 'strikethrough', 'code'];

function sameMarks(a: TextNode, b: TextNode): boolean {
  return MARK_KEYS.every((mark) => (a[mark] ?? false) === (b[mark] ?? false));
}

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
}

/** Drops the spaces and line breaks at both ends of a block's inline nodes (and nodes left empty). */
function trimInlines(nodes: InlineNode[]): InlineNode[] {
  if (inlineText(nodes).trim() === '') return [];
  const edge = (node: InlineNode | undefined, side: 'start' | 'end'): void => {
    if (node === undefined) return;
    if (node.type === 'link') edge(side === 'start' ? node.children[0] : node.children[node.children.length - 1], side);
    else node.text = side === 'start' ? node.text.replace(/^[\s]+/, '') : node.text.replace(/[\s]+$/, '');
  };
  const kept = [...nodes];
  while (kept.length > 0 && inlineText([kept[0]]).trim() === '') kept.shift();
  while (kept.length > 0 && inlineText([kept[kept.length - 1]]).trim() === '') kept.pop();
  edge(kept[0], 'start');
  edge(kept[kept.length - 1], 'end');
  return kept;
}

function headingLevel(name: string): 1 | 2 | 3 | 4 | 5 | 6 {
  return Number(name[1]) as 1 | 2 | 3 | 4 | 5 | 6;
}

function openTag(builder: BlockBuilder, token: TagToken): void {
  const { name } = token;
  if (/^h[1-6]$/.test(name)) builder.startBlock({ type: 'heading', level: headingLevel(name), children: [] });
  else if (PARAGRAPH_TAGS.has(name)) builder.startParagraph();
  else if (name === 'blockquote') builder.quote(true);
  else if (name === 'pre') builder.startPre();
  else if (name === 'ul' || name === 'ol') builder.startList(name === 'ol' ? 'ordered' : 'unordered');
  else if (name === 'li') builder.startListItem();
  else if (name === 'br') builder.lineBreak();
  else if (name === 'img') builder.image(safeImageSrc(token.attributes.src), token.attributes.alt ?? '');
  else if (name === 'a') builder.startLink(safeLinkHref(token.attributes.href));
  else if (name in MARK_TAGS && !token.selfClosing) builder.mark(MARK_TAGS[name], true);
}

function closeTag(builder: BlockBuilder, name: string): void {
  if (/^h[1-6]$/.test(name) || PARAGRAPH_TAGS.has(name)) builder.endBlock();
  else if (name === 'blockquote') builder.quote(false);
  else if (name === 'pre') builder.endPre();
  else if (name === 'ul' || name === 'ol') builder.endList();
  else if (name === 'li') builder.endListItem();
  else if (name === 'a') builder.endLink();
  else if (name in MARK_TAGS) builder.mark(MARK_TAGS[name], false);
}

/** An HTML fragment as Strapi blocks; empty blocks are left out. */
export function htmlToBlocks(html: string): BlockNode[] {
  const builder = new BlockBuilder();
  let skipping: string | null = null;
  for (const token of tokens(html)) {
    if (skipping !== null) {
      if (token.kind === 'close' && token.name === skipping) skipping = null;
      continue;
    }
    if (token.kind === 'text') builder.text(decodeEntities(token.text));
    else if (token.kind === 'open' && SKIPPED_TAGS.has(token.name) && !token.selfClosing) skipping = token.name;
    else if (token.kind === 'open') openTag(builder, token);
    else closeTag(builder, token.name);
  }
  builder.finish();
  return builder.blocks;
}

/** Plain text (ninjs `text/plain` bodies): a paragraph per blank-line-separated run, its lines joined. */
export function plainTextToBlocks(text: string): BlockNode[] {
  return text
    .split(/\r?\n[\t ]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph }] }));
}
