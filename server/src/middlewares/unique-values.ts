import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules, UID } from '@strapi/strapi';
import { isTypedSlug, valueTaken } from '../domain/unique-values';
import { uniqueViolationOf, withSavepoint, type UniqueViolation } from '../data/unique-indexes';
import { validationFailed } from '../http-errors';
import { BRIEF_UID, TAG_UID } from '../uids';
import { getService } from '../services/get-service';

/** Concurrent creates of one headline take -2, -3 … in turn: each loser retries with the next free slug. */
const MAX_SLUG_ATTEMPTS = 12;

interface WriteParams {
  documentId?: unknown;
  locale?: unknown;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

type RetriedAction = 'create' | 'update';
type Middleware = Modules.Documents.Middleware.Middleware;
type WriteResult = Awaited<ReturnType<Middleware>>;

/** The actions that write a slug or externalId (a publish or discard copies them between draft and published rows). */
const WRITES_OF_UNIQUE_VALUES = new Set<string>(['create', 'update', 'publish', 'discardDraft', 'clone']);

/** Set while a retry runs, so the nested call lets its violation reach the loop that started it. */
const retrying = new AsyncLocalStorage<{ uid: UID.ContentType }>();

const freshCopy = (params: WriteParams): WriteParams => ({ ...params, ...(params.data ? { data: { ...params.data } } : {}) });

/**
 * The database's unique indexes decide every race on slugs and externalIds (see data/unique-indexes.ts). This
 * middleware runs outside the plugin's write rules: a generated slug that loses a race is written again through the
 * whole Document Service chain (a middleware cannot call `next()` twice), and any other unique violation becomes the
 * same 400 naming the field as a typed duplicate, for every action (create, update, publish, discard draft).
 */
export const createUniqueValuesMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if ((context.uid !== BRIEF_UID && context.uid !== TAG_UID) || !WRITES_OF_UNIQUE_VALUES.has(context.action)) return next();
    if (retrying.getStore()?.uid === context.uid) return next();
    const { uid } = context;
    const params = context.params as WriteParams;
    const { data } = params;
    const slugGenerated =
      data !== undefined && !isTypedSlug(data.slug) && (context.action === 'create' || (context.action === 'update' && ['slug', 'headline', 'name'].some((key) => key in data)));
    const original = freshCopy(params);

    let attemptParams = params;
    for (let attempt = 1; ; attempt += 1) {
      try {
        // In a caller's transaction (Content Manager publish), a savepoint keeps it usable for the retry or the error's details.
        if (attempt === 1) return await withSavepoint(strapi, async (): Promise<WriteResult> => next());
        const documents = strapi.documents(uid as typeof BRIEF_UID) as unknown as Record<RetriedAction, (p: WriteParams) => Promise<WriteResult>>;
        const retryParams = freshCopy(original);
        attemptParams = retryParams;
        return await withSavepoint(strapi, () => retrying.run({ uid }, () => documents[context.action as RetriedAction](retryParams)));
      } catch (error) {
        const violation = uniqueViolationOf(strapi, error);
        if (!violation || violation.uid !== uid) throw error;
        if (slugGenerated && violation.field === 'slug' && attempt < MAX_SLUG_ATTEMPTS) continue;
        throw validationFailed([await describeViolation(strapi, violation, attemptParams, context.action)]);
      }
    }
  };

/** The refused value: the one written, or the row being copied (the draft for a publish, the published row for a discard). */
const describeViolation = async (strapi: Core.Strapi, violation: UniqueViolation, params: WriteParams, action: string) => {
  if (violation.uid === TAG_UID) return valueTaken(violation.field, String(params.data?.[violation.field] ?? ''), { type: 'tag' });
  const locale = typeof params.locale === 'string' && params.locale !== '*' ? params.locale : await getService(strapi, 'locales').defaultLocale();
  let value = params.data?.[violation.field];
  if (value === undefined && typeof params.documentId === 'string') {
    const copied = (await strapi.db.query(BRIEF_UID).findOne({ select: [violation.field], where: { documentId: params.documentId, locale, publishedAt: action === 'discardDraft' ? { $notNull: true } : null } })) as Record<string, unknown> | null;
    value = copied?.[violation.field];
  }
  return valueTaken(violation.field, String(value ?? ''), { type: 'brief', locale });
};
