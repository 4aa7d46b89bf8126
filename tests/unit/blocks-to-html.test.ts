import {
  blocksToHtml,
  blocksToPlainText,
  countChars,
  countWords,
  escapeHtml,
  safeImageSrc,
  safeLinkHref,
} from '../../server/src/domain/brief/blocks-to-html';
import type { BlockNode, InlineNode } from '../../server/src/domain/contract';

const text = (value: string, marks: Partial<Record<'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', boolean>> = {}): InlineNode => ({
  type: 'text',
  text: value,
  ...marks,
});
const paragraph = (...children: InlineNode[]): BlockNode => ({ type: 'paragraph', children });
const link = (url: string, ...children: InlineNode[]): InlineNode => ({ type: 'link', url, children });

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &#39;');
  });

  it('escapes an already-escaped entity again (text is text)', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('blocksToHtml: text', () => {
  it('renders a paragraph with every text escaped', () => {
    const html = blocksToHtml([paragraph(text(`Tom & Jerry <script>alert("x")</script> it's`))]);
    expect(html).toBe('<p>Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; it&#39;s</p>');
    expect(html).not.toContain('<script>');
  });

  it('nests marks with bold outermost and inline code innermost', () => {
    const html = blocksToHtml([
      paragraph(text('all', { bold: true, italic: true, underline: true, strikethrough: true, code: true })),
    ]);
    expect(html).toBe('<p><strong><em><u><s><code>all</code></s></u></em></strong></p>');
  });

  it('turns soft line breaks into <br> outside code', () => {
    expect(blocksToHtml([paragraph(text('line 1\nline 2'))])).toBe('<p>line 1<br>line 2</p>');
  });

  it('keeps French accents and typographic spaces as they are', () => {
    expect(blocksToHtml([paragraph(text('Alep : 15 morts, dont un enfant — « bilan »'))])).toBe(
      '<p>Alep : 15 morts, dont un enfant — « bilan »</p>',
    );
  });

  it('leaves out empty and whitespace-only paragraphs', () => {
    expect(blocksToHtml([paragraph(text('')), paragraph(text('  ')), paragraph(text('kept'))])).toBe('<p>kept</p>');
  });

  it('returns an empty string for no blocks, null or undefined', () => {
    expect(blocksToHtml([])).toBe('');
    expect(blocksToHtml(null)).toBe('');
    expect(blocksToHtml(undefined)).toBe('');
  });
});

describe('blocksToHtml: links', () => {
  it.each(['http://example.org/a?b=1&c=2', 'https://example.org/', 'mailto:desk@example.org'])('keeps %s', (url) => {
    expect(blocksToHtml([paragraph(link(url, text('here')))])).toBe(`<p><a href="${escapeHtml(url)}">here</a></p>`);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    '//evil.example.org/x',
    'relative/path',
    'https://',
    'java\nscript:alert(1)',
  ])('drops %j to its text', (url) => {
    expect(blocksToHtml([paragraph(link(url, text('click <me>')))])).toBe('<p>click &lt;me&gt;</p>');
  });

  it('escapes quotes in the href so the attribute cannot be broken out of', () => {
    const html = blocksToHtml([paragraph(link('https://example.org/?q="><script>', text('x')))]);
    expect(html).toBe('<p><a href="https://example.org/?q=&quot;&gt;&lt;script&gt;">x</a></p>');
  });

  it('resolves root-relative links against baseUrl, and only then', () => {
    expect(blocksToHtml([paragraph(link('/briefs/x', text('x')))], { baseUrl: 'https://news.example.org/' })).toBe(
      '<p><a href="https://news.example.org/briefs/x">x</a></p>',
    );
    expect(blocksToHtml([paragraph(link('/briefs/x', text('x')))])).toBe('<p>x</p>');
  });

  it('keeps marks inside links and shows the address of an empty link', () => {
    expect(blocksToHtml([paragraph(link('https://a.example', text('bold', { bold: true })))])).toBe(
      '<p><a href="https://a.example"><strong>bold</strong></a></p>',
    );
    expect(blocksToHtml([paragraph(link('https://a.example'))])).toBe(
      '<p><a href="https://a.example">https://a.example</a></p>',
    );
  });

  it('exposes the same URL policy', () => {
    expect(safeLinkHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeLinkHref('javascript:x')).toBeNull();
    expect(safeLinkHref(42)).toBeNull();
    expect(safeImageSrc('mailto:a@b.c')).toBeNull();
    expect(safeImageSrc('/uploads/a.jpg', 'https://cdn.example')).toBe('https://cdn.example/uploads/a.jpg');
  });
});

describe('blocksToHtml: blocks', () => {
  it('renders headings h1 to h6', () => {
    const levels = [1, 2, 3, 4, 5, 6] as const;
    const html = blocksToHtml(levels.map((level) => ({ type: 'heading', level, children: [text(`H${level}`)] })));
    expect(html).toBe(levels.map((level) => `<h${level}>H${level}</h${level}>`).join(''));
  });

  it('clamps a heading level stored out of range', () => {
    const stored = [
      { type: 'heading', level: 9, children: [text('deep')] },
      { type: 'heading', level: 0, children: [text('top')] },
    ] as unknown as BlockNode[];
    expect(blocksToHtml(stored)).toBe('<h6>deep</h6><h1>top</h1>');
  });

  it('renders ordered and unordered lists', () => {
    const html = blocksToHtml([
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('one & two')] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('a')] }] },
    ]);
    expect(html).toBe('<ol><li>one &amp; two</li></ol><ul><li>a</li></ul>');
  });

  it('puts a nested (indented) list inside the preceding item', () => {
    const stored = [
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('parent')] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('child')] }] },
        ],
      },
    ] as unknown as BlockNode[];
    expect(blocksToHtml(stored)).toBe('<ul><li>parent<ol><li>child</li></ol></li></ul>');
  });

  it('renders quotes and code blocks, code without <br> or marks but escaped', () => {
    expect(blocksToHtml([{ type: 'quote', children: [text('"We are afraid"')] }])).toBe(
      '<blockquote>&quot;We are afraid&quot;</blockquote>',
    );
    expect(blocksToHtml([{ type: 'code', children: [text('if (a < b && c) {\n  x();\n}', { bold: true })] }])).toBe(
      '<pre><code>if (a &lt; b &amp;&amp; c) {\n  x();\n}</code></pre>',
    );
  });

  it('renders http(s) images with escaped alt text and drops other sources', () => {
    const image = (url: string, alternativeText: string | null = null): BlockNode => ({
      type: 'image',
      image: { url, alternativeText },
      children: [text('')],
    });
    expect(blocksToHtml([image('https://cdn.example.org/a.jpg', 'Smoke "rising" <over> Idleb')])).toBe(
      '<figure><img src="https://cdn.example.org/a.jpg" alt="Smoke &quot;rising&quot; &lt;over&gt; Idleb"></figure>',
    );
    expect(blocksToHtml([image('javascript:alert(1)')])).toBe('');
    expect(blocksToHtml([image('data:image/png;base64,AAAA')])).toBe('');
    expect(blocksToHtml([image('/uploads/a.jpg')])).toBe('');
    expect(blocksToHtml([image('/uploads/a.jpg')], { baseUrl: 'https://news.example.org' })).toBe(
      '<figure><img src="https://news.example.org/uploads/a.jpg" alt=""></figure>',
    );
  });

  it('ignores unknown node types and tolerates missing children', () => {
    const stored = [
      { type: 'table', children: [text('nope')] },
      { type: 'paragraph' },
      { type: 'paragraph', children: [{ type: 'mention', text: 'x' }, text('ok')] },
      null,
    ] as unknown as BlockNode[];
    expect(blocksToHtml(stored)).toBe('<p>ok</p>');
  });
});

describe('plain text and counts', () => {
  const blocks: BlockNode[] = [
    { type: 'heading', level: 2, children: [text('Alep : 15 morts')] },
    paragraph(text('dont un '), link('https://example.org', text('enfant')), text('.')),
    { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('bilan provisoire')] }] },
    { type: 'image', image: { url: 'https://cdn.example.org/a.jpg', alternativeText: 'not counted' }, children: [] },
    paragraph(text('   ')),
  ];

  it('extracts one line per text block and list item, without markup or image text', () => {
    expect(blocksToPlainText(blocks)).toBe('Alep : 15 morts\ndont un enfant.\nbilan provisoire');
  });

  it('counts words with letters or digits only (a lone colon is not a word)', () => {
    expect(countWords(blocks)).toBe(8);
  });

  it('counts characters as code points of the text, separators excluded', () => {
    expect(countChars(blocks)).toBe('Alep : 15 morts'.length + 'dont un enfant.'.length + 'bilan provisoire'.length);
    expect(countChars([paragraph(text('é🙂'))])).toBe(2);
  });

  it('counts nothing in nothing', () => {
    expect(countWords([])).toBe(0);
    expect(countChars(null)).toBe(0);
  });
});
