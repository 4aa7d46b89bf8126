import type { FieldError } from '../contract';
import { readLocale, rejectUnknownParameters } from '../brief/list-query';
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

export const parseFeedQuery = (query: Record<string, unknown>): { ok: true; value: FeedQuery } | { ok: false; errors: FieldError[] } => {
  const errors: FieldError[] = [];
  rejectUnknownParameters(query, ['since', 'limit', 'format', 'locale'], errors);
  let afterSeq = 0;
  let cursor: string | null = null;
  if (query.since !== undefined) {
    const seq = typeof query.since === 'string' ? decodeCursor(query.since) : null;
    if (seq === null) errors.push({ path: ['since'], message: 'since must be a cursor returned in meta.next by this feed' });
    else {
      afterSeq = seq;
      cursor = query.since as string;
    }
  }
  let limit = DEFAULT_FEED_LIMIT;
  if (query.limit !== undefined) {
    if (typeof query.limit !== 'string' || !/^\d+$/.test(query.limit) || Number(query.limit) < 1 || Number(query.limit) > MAX_FEED_LIMIT)
      errors.push({ path: ['limit'], message: `limit must be an integer from 1 to ${MAX_FEED_LIMIT}` });
    else limit = Number(query.limit);
  }
  let format: FeedFormat = 'json';
  if (query.format !== undefined) {
    if (query.format !== 'json' && query.format !== 'ninjs') errors.push({ path: ['format'], message: 'format must be json or ninjs' });
    else format = query.format;
  }
  const locale = readLocale(query.locale, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { afterSeq, cursor, limit, format, locale } };
};
