import { TAG_KINDS, type FieldError, type TagKind } from '../contract';
import { MAX_SLUG_LENGTH, toSlug } from '../slug/slug';
import { name, oneOf, parseInput, shortText, z, type Parsed } from '../validation';

/** Tag columns: name and slug are varchar on PostgreSQL, with the schema.json maxLength. */
export const TAG_LIMITS = { name: 100, slug: 120 } as const;

const fieldsShape = (nameRequired: boolean) => ({
  // Normalised like toll sources: "Syria\u200b" is the tag Syria, not a second one.
  name: nameRequired ? name({ max: TAG_LIMITS.name, min: 1 }) : name({ max: TAG_LIMITS.name, min: 1 }).optional(),
  slug: shortText({ max: TAG_LIMITS.slug })
    .refine((slug) => toSlug(slug).length <= Math.min(TAG_LIMITS.slug, MAX_SLUG_LENGTH), {
      error: `must make a slug of at most ${TAG_LIMITS.slug} characters`,
      params: { code: 'field.too_long', max: TAG_LIMITS.slug },
    })
    .nullish(),
  kind: oneOf(TAG_KINDS as [TagKind, ...TagKind[]]).nullish(),
});

type TagFieldsShape = ReturnType<typeof fieldsShape>;
export type TagFields = Partial<{ [Field in keyof TagFieldsShape]: z.output<TagFieldsShape[Field]> }>;
const FIELDS = Object.keys(fieldsShape(false)) as (keyof TagFieldsShape)[];

/** The tag's own fields, declared; other keys (Strapi's own) pass to the Document Service untouched. */
export const tagFieldsSchema = (mode: 'create' | 'update') => z.looseObject(fieldsShape(mode === 'create'), { error: 'must be an object of tag fields' });

/** Checks and normalises the fields present in `data`; the value holds only those fields. */
export const parseTagFields = (data: Record<string, unknown>, mode: 'create' | 'update'): Parsed<TagFields> => {
  const parsed = parseInput(tagFieldsSchema(mode), data);
  if (!parsed.ok) return parsed;
  const value = parsed.value as Record<string, unknown>;
  return { ok: true, value: Object.fromEntries(FIELDS.filter((field) => Object.prototype.hasOwnProperty.call(data, field)).map((field) => [field, value[field]])) as TagFields };
};

export const validateTagFields = (data: Record<string, unknown>, mode: 'create' | 'update'): FieldError[] => {
  const parsed = parseTagFields(data, mode);
  return parsed.ok ? [] : parsed.errors;
};
