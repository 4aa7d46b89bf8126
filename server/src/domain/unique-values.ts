import type { FieldError } from './contract';
import { toSlug } from './slug/slug';

/** Code of a value another document already holds, whether the check or the database's unique index found it. */
export const VALUE_TAKEN = 'field.taken';

/** A slug the editor typed (kept as typed, so a clash is refused) rather than one generated from the headline or name. */
export const isTypedSlug = (slug: unknown): boolean => typeof slug === 'string' && toSlug(slug) !== '';

/** The one message for a taken slug or externalId, so a lost race reads exactly like a typed duplicate. */
export const valueTaken = (
  field: 'slug' | 'externalId',
  value: string,
  owner: { type: 'brief'; locale?: string } | { type: 'tag' },
): FieldError => ({
  path: [field],
  message:
    owner.type === 'tag'
      ? `${field} "${value}" is already used by another tag`
      : field === 'slug'
        ? `slug "${value}" is already used by another brief in locale ${owner.locale}`
        : `externalId "${value}" is already used by another brief`,
  code: VALUE_TAKEN,
  params: { value, ...(owner.type === 'brief' && field === 'slug' && owner.locale ? { locale: owner.locale } : {}) },
});
