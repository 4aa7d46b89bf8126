import { isRecord, localeCode, parseInput, queryInteger, queryObject, queryText, text, z, type Parsed } from '../validation';
import { decodeListCursor, type ListKey } from './list-cursor';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE = 100_000;

export interface BriefListQuery {
  locale: string | null;
  page: number;
  pageSize: number;
  tagSlug: string | null;
  /** Keyset paging (`?after=<cursor>` from meta.next): the rows older than this key; `page` is then ignored. */
  after: ListKey | null;
  /** The cursor as sent (meta.next of an empty page repeats it). */
  afterCursor: string | null;
}

const TAG_FILTER_MESSAGE = 'supports only filters[tags][slug]=<tag slug>';
const tagSlugValue = text({ max: 120, min: 1 });


/** The tag filter: filters[tags][slug]=x or filters[tags][slug][$eq]=x; nothing else is filterable. */
const tagFilter = () =>
  z.unknown().transform((raw, ctx): string => {
    const refuse = () => {
      ctx.addIssue({ code: 'custom', message: TAG_FILTER_MESSAGE, params: { code: 'query.unsupported_filter' } });
      return z.NEVER;
    };
    if (!isRecord(raw)) return refuse();
    const { tags, ...otherFilters } = raw;
    if (Object.keys(otherFilters).length > 0 || !isRecord(tags)) return refuse();
    const { slug, ...otherTagFilters } = tags;
    if (Object.keys(otherTagFilters).length > 0) return refuse();
    const value = isRecord(slug) && Object.keys(slug).length === 1 ? slug.$eq : slug;
    if (typeof value !== 'string') return refuse();
    const checked = tagSlugValue.safeParse(value);
    if (checked.success) return checked.data;
    for (const problem of checked.error.issues) ctx.addIssue({ code: 'custom', path: ['tags', 'slug'], message: problem.message, params: problem.code === 'custom' ? problem.params : { code: 'field.invalid' } });
    return z.NEVER;
  });

/** `after`: a cursor this list returned in meta.next. */
const listCursor = () =>
  queryText({ max: 60 }).transform((value, ctx): { key: ListKey; cursor: string } => {
    const key = decodeListCursor(value);
    if (key) return { key, cursor: value };
    ctx.addIssue({ code: 'custom', message: 'must be a cursor returned in meta.next by this list', params: { code: 'field.invalid' } });
    return z.NEVER;
  });

/** GET /api/newsroom/briefs (and the GraphQL list): unknown, repeated or malformed parameters are refused. */
export const briefListQuerySchema = queryObject({
  locale: localeCode().optional(),
  page: queryInteger({ min: 1, max: MAX_PAGE }).optional(),
  pageSize: queryInteger({ min: 1, max: MAX_PAGE_SIZE }).optional(),
  filters: tagFilter().optional(),
  after: listCursor().optional(),
})
  .superRefine((query, ctx) => {
    if (query.after && query.page !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['after'], message: 'cannot be combined with page: the cursor says where the page starts', params: { code: 'field.invalid' } });
    }
  })
  .transform(
  (query): BriefListQuery => ({
    locale: query.locale ?? null,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    tagSlug: query.filters ?? null,
    after: query.after?.key ?? null,
    afterCursor: query.after?.cursor ?? null,
  }),
);

/** Unknown, repeated or malformed parameters are refused rather than ignored: a partner's typo must not look like an empty result. */
export const parseBriefListQuery = (query: Record<string, unknown>): Parsed<BriefListQuery> => parseInput(briefListQuerySchema, query);
