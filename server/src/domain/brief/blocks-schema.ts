import { flag, integer, oneOf, storableJson, text, z } from '../validation';

/** Bounds of a brief body (Strapi blocks): far above any real brief, far below what slows a request. */
export const BODY_LIMITS = {
  /** JSON nesting: block → list → list → … → link → text; Strapi's editor nests lists a few levels at most. */
  maxDepth: 24,
  maxNodes: 10_000,
  maxTextLength: 20_000,
  maxTotalText: 200_000,
  maxUrlLength: 2048,
} as const;

const BLOCK_TYPES = ['paragraph', 'heading', 'quote', 'code', 'list', 'image'] as const;
const NODE_TYPES = [...BLOCK_TYPES, 'list-item', 'text', 'link'] as const;

const LINK_URL = /^(?:https?:\/\/[^/?#\s]+|mailto:[^\s]+)/i;

const linkUrl = () =>
  text({ max: BODY_LIMITS.maxUrlLength, min: 1 }).refine((url) => LINK_URL.test(url), {
    error: 'must be an http, https or mailto URL',
    params: { code: 'field.invalid_url' },
  });

export interface BlockNodeShape {
  type: (typeof NODE_TYPES)[number];
  text?: string;
  url?: string;
  level?: number;
  format?: 'ordered' | 'unordered';
  children?: BlockNodeShape[];
  [key: string]: unknown;
}

/** One node of any kind; what each kind requires is checked by `checkNode`. */
const node: z.ZodType<BlockNodeShape> = z.lazy(() =>
  z
    .looseObject(
      {
        type: oneOf(NODE_TYPES),
        text: text({ max: BODY_LIMITS.maxTextLength, multiline: true, trim: false }).optional(),
        url: linkUrl().optional(),
        level: integer({ min: 1, max: 6 }).optional(),
        format: oneOf(['ordered', 'unordered']).optional(),
        bold: flag().nullish(),
        italic: flag().nullish(),
        underline: flag().nullish(),
        strikethrough: flag().nullish(),
        code: flag().nullish(),
        image: z.looseObject({ url: text({ max: BODY_LIMITS.maxUrlLength }).optional() }, { error: 'must be a media file' }).optional(),
        children: z.array(node, { error: 'must be a list of nodes' }).optional(),
      },
      { error: 'must be a block node { type, children }' },
    )
    .superRefine(checkNode),
);

function checkNode(value: BlockNodeShape, ctx: z.RefinementCtx) {
  const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message, params: { code: 'field.required' } });
  if (value.type === 'text') {
    if (value.text === undefined) need('text', 'is required in a text node');
  } else if (!Array.isArray(value.children)) need('children', `is required in a ${value.type} node`);
  if (value.type === 'link' && value.url === undefined) need('url', 'is required in a link');
  if (value.type === 'heading' && value.level === undefined) need('level', 'is required in a heading (1 to 6)');
  if (value.type === 'list' && value.format === undefined) need('format', 'is required in a list (ordered or unordered)');
}

const totalText = (nodes: readonly BlockNodeShape[]): number => {
  let total = 0;
  const stack = [...nodes];
  while (stack.length > 0) {
    const current = stack.pop() as BlockNodeShape;
    total += current.text?.length ?? 0;
    if (current.children) stack.push(...current.children);
  }
  return total;
};

/**
 * A brief body as the Content Manager's blocks editor writes it: a list of blocks (paragraph, heading, quote,
 * code, list, image) holding text and link nodes. Depth and size are checked before anything recursive runs.
 */
export const blocksSchema = () =>
  storableJson(BODY_LIMITS).pipe(
    z
      .array(
        node.refine((value) => (BLOCK_TYPES as readonly string[]).includes(value.type), {
          error: `must be a block: ${BLOCK_TYPES.join(', ')}`,
          params: { code: 'field.invalid_choice' },
        }),
        { error: 'must be a list of blocks' },
      )
      .superRefine((blocks, ctx) => {
        if (totalText(blocks) > BODY_LIMITS.maxTotalText) {
          ctx.addIssue({ code: 'custom', message: `must hold at most ${BODY_LIMITS.maxTotalText} characters of text`, params: { code: 'field.too_long', max: BODY_LIMITS.maxTotalText } });
        }
      }),
  );
