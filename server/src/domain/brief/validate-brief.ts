import { EDITORIAL_STATUSES, type FieldError } from '../contract';
import { closedObject, dateTime, httpUrl, integer, oneOf, parseInput, shortText, storableJson, text, z, type Parsed } from '../validation';
import { MAX_SLUG_LENGTH, toSlug } from '../slug/slug';
import { blocksSchema } from './blocks-schema';

/** The editable brief fields as they arrive from the Content Manager or the Document Service. */
export type BriefInput = Record<string, unknown>;

/**
 * What each brief field may hold: never more than its column (Strapi `string` = varchar(255) on PostgreSQL; the
 * schema.json `maxLength` where it is stricter). The README's content model lists the same numbers.
 */
export const BRIEF_LIMITS = {
  headline: 200,
  slug: 200,
  slugline: 64,
  dateline: 120,
  byline: 120,
  photoCredit: 255,
  externalId: 200,
  summary: 5000,
  photoCaption: 2000,
  relatedLinks: 20,
  relatedLinkTitle: 300,
  relatedLinkUrl: 2048,
} as const;

export const isHttpUrl = (value: unknown): boolean => httpUrl({ max: BRIEF_LIMITS.relatedLinkUrl }).safeParse(value).success;

const relatedLinkSchema = closedObject(
  {
    title: text({ max: BRIEF_LIMITS.relatedLinkTitle, min: 1 }),
    url: httpUrl({ max: BRIEF_LIMITS.relatedLinkUrl }),
  },
  { notObject: 'must be an object { title, url }', unknownKey: () => 'is not allowed (only title and url)' },
);

const relatedLinksSchema = storableJson().pipe(
  z
    .array(relatedLinkSchema, { error: 'must be a list of { title, url }' })
    .max(BRIEF_LIMITS.relatedLinks, { error: `must have at most ${BRIEF_LIMITS.relatedLinks} links` }),
);

const optional = <Schema extends z.ZodType>(schema: Schema) => schema.nullish();

const fieldsShape = (headlineRequired: boolean) => ({
  headline: headlineRequired ? shortText({ max: BRIEF_LIMITS.headline, min: 1 }) : shortText({ max: BRIEF_LIMITS.headline, min: 1 }).optional(),
  // A typed slug is folded before it is stored ("€" → "euro"): the folded one must fit too.
  slug: optional(
    shortText({ max: BRIEF_LIMITS.slug }).refine((slug) => toSlug(slug).length <= MAX_SLUG_LENGTH, {
      error: `must make a slug of at most ${MAX_SLUG_LENGTH} characters`,
      params: { code: 'field.too_long', max: MAX_SLUG_LENGTH },
    }),
  ),
  slugline: optional(shortText({ max: BRIEF_LIMITS.slugline })),
  dateline: optional(shortText({ max: BRIEF_LIMITS.dateline })),
  byline: optional(shortText({ max: BRIEF_LIMITS.byline })),
  photoCredit: optional(shortText({ max: BRIEF_LIMITS.photoCredit })),
  externalId: optional(shortText({ max: BRIEF_LIMITS.externalId })),
  summary: optional(text({ max: BRIEF_LIMITS.summary, multiline: true })),
  photoCaption: optional(text({ max: BRIEF_LIMITS.photoCaption, multiline: true })),
  urgency: optional(integer({ min: 1, max: 9 })),
  editorialStatus: optional(oneOf(EDITORIAL_STATUSES as ['usable', 'withheld', 'killed'])),
  // The Content Manager clears a date-time with an empty string.
  embargoUntil: optional(z.literal('').transform(() => null).or(dateTime())),
  relatedLinks: optional(relatedLinksSchema),
  body: optional(blocksSchema()),
});

type BriefFieldsShape = ReturnType<typeof fieldsShape>;
export type BriefFields = Partial<{ [Field in keyof BriefFieldsShape]: z.output<BriefFieldsShape[Field]> }>;

const FIELDS = Object.keys(fieldsShape(false)) as (keyof BriefFieldsShape)[];

/**
 * The brief's own fields, declared. Other keys (relations, media, locale, Strapi's own) pass untouched: the
 * Document Service validates them. `create` and `publish` require the headline; `update` checks what was sent.
 */
export const briefFieldsSchema = (mode: 'create' | 'update' | 'publish') =>
  z.looseObject(fieldsShape(mode !== 'update'), { error: 'must be an object of brief fields' });

/** Checks and normalises (trims) the fields present in `data`; the value holds only those fields. */
export const parseBriefFields = (data: BriefInput, mode: 'create' | 'update' | 'publish'): Parsed<BriefFields> => {
  const parsed = parseInput(briefFieldsSchema(mode), data);
  if (!parsed.ok) return parsed;
  const value = parsed.value as Record<string, unknown>;
  return { ok: true, value: Object.fromEntries(FIELDS.filter((field) => Object.prototype.hasOwnProperty.call(data, field)).map((field) => [field, value[field]])) as BriefFields };
};

/**
 * Field rules Strapi does not enforce on drafts (required, lengths, enums, URL schemes, control characters).
 * `mode: 'create'` also requires the headline; 'update' checks only the fields sent.
 */
export const validateBriefFields = (data: BriefInput, mode: 'create' | 'update' | 'publish'): FieldError[] => {
  const parsed = parseBriefFields(data, mode);
  return parsed.ok ? [] : parsed.errors;
};
