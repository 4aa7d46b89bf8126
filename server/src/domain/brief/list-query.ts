import type { FieldError } from '../contract';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface BriefListQuery {
  locale: string | null;
  page: number;
  pageSize: number;
  tagSlug: string | null;
}

const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const readPositiveInteger = (raw: unknown, name: string, max: number, errors: FieldError[]): number | null => {
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    errors.push({ path: [name], message: `${name} must be an integer from 1 to ${max}` });
    return null;
  }
  return Number(raw);
};

export const readLocale = (raw: unknown, errors: FieldError[]): string | null => {
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !LOCALE_PATTERN.test(raw)) {
    errors.push({ path: ['locale'], message: 'locale must be a locale code such as en or fr' });
    return null;
  }
  return raw;
};

/** Reads the tag filter: filters[tags][slug]=x or filters[tags][slug][$eq]=x; nothing else is filterable. */
const readTagFilter = (raw: unknown, errors: FieldError[]): string | null => {
  if (raw === undefined) return null;
  const fail = () => {
    errors.push({ path: ['filters'], message: 'filters supports only filters[tags][slug]=<tag slug>' });
    return null;
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail();
  const { tags, ...otherFilters } = raw as Record<string, unknown>;
  if (Object.keys(otherFilters).length > 0 || typeof tags !== 'object' || tags === null || Array.isArray(tags)) return fail();
  const { slug, ...otherTagFilters } = tags as Record<string, unknown>;
  if (Object.keys(otherTagFilters).length > 0) return fail();
  const value = typeof slug === 'object' && slug !== null && !Array.isArray(slug) && Object.keys(slug).length === 1 ? (slug as Record<string, unknown>).$eq : slug;
  if (typeof value !== 'string' || !value.trim() || value.length > 120) return fail();
  return value.trim();
};

/** Unknown, repeated or malformed parameters are refused rather than ignored: a partner's typo must not look like an empty result. */
export const rejectUnknownParameters = (query: Record<string, unknown>, allowed: readonly string[], errors: FieldError[]) => {
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name)) errors.push({ path: [name], message: `unknown query parameter ${name} (allowed: ${allowed.join(', ')})` });
    else if (Array.isArray(value)) errors.push({ path: [name], message: `${name} must be given once` });
  }
};

export const parseBriefListQuery = (query: Record<string, unknown>): { ok: true; value: BriefListQuery } | { ok: false; errors: FieldError[] } => {
  const errors: FieldError[] = [];
  rejectUnknownParameters(query, ['locale', 'page', 'pageSize', 'filters'], errors);
  const value: BriefListQuery = {
    locale: readLocale(query.locale, errors),
    page: readPositiveInteger(query.page, 'page', 100_000, errors) ?? 1,
    pageSize: readPositiveInteger(query.pageSize, 'pageSize', MAX_PAGE_SIZE, errors) ?? DEFAULT_PAGE_SIZE,
    tagSlug: readTagFilter(query.filters, errors),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
};
