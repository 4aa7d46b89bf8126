import { localeCode, oneOf, parseInput, queryInteger, queryObject, queryText, type Parsed } from '../validation';
import { decodeCursor } from './cursor';

export type FeedFormat = 'json' | 'ninjs';

export interface FeedQuery {
  afterSeq: number;
  cursor: string | null;
  limit: number;
  format: FeedFormat;
  locale: string | null;
}

export const MAX_FEED_LIMIT = 200;
export const DEFAULT_FEED_LIMIT = 50;

const cursor = () =>
  queryText({ max: 40 }).transform((value, ctx) => {
    const seq = decodeCursor(value);
    if (seq !== null) return { seq, cursor: value };
    ctx.addIssue({ code: 'custom', message: 'must be a cursor returned in meta.next by this feed', params: { code: 'feed.invalid_cursor' } });
    return { seq: 0, cursor: value };
  });

/** GET /api/newsroom/feed. */
export const feedQuerySchema = queryObject({
  since: cursor().optional(),
  limit: queryInteger({ min: 1, max: MAX_FEED_LIMIT }).optional(),
  format: oneOf(['json', 'ninjs']).optional(),
  locale: localeCode().optional(),
}).transform(
  (query): FeedQuery => ({
    afterSeq: query.since?.seq ?? 0,
    cursor: query.since?.cursor ?? null,
    limit: query.limit ?? DEFAULT_FEED_LIMIT,
    format: query.format ?? 'json',
    locale: query.locale ?? null,
  }),
);

export const parseFeedQuery = (query: Record<string, unknown>): Parsed<FeedQuery> => parseInput(feedQuerySchema, query);
