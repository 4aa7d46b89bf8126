import type { Core } from '@strapi/strapi';
import type { GraphQLResolveInfo } from 'graphql';
import { parseBriefListQuery } from '../domain/brief/list-query';
import { ALL_BRIEF_RELATIONS, NO_BRIEF_RELATIONS } from '../domain/brief/read-relations';
import type { FieldError, PublicBrief } from '../domain/contract';
import { parseFeedQuery } from '../domain/feed/feed-query';
import { ninjsQuerySchema } from '../domain/ninjs/query';
import { TAG_KINDS } from '../domain/contract';
import { parseInput, shortText, z } from '../domain/validation';
import { validateInput, validationFailed } from '../http-errors';
import { getService } from '../services/get-service';
import { enumName, restValueOf } from './enums';
import { withGraphqlErrors } from './errors';
import { ninjsCounterOf, prefetchNinjsVersions, requestState, type GraphqlContext } from './request-state';
import { relationsFor, selectedFieldNames } from './selection';

interface BriefListArgs {
  locale?: string | null;
  page?: number | null;
  pageSize?: number | null;
  tagSlug?: string | null;
  tagKind?: string | null;
  since?: Date | null;
  after?: string | null;
}

interface SlugArgs {
  slug: string;
  locale?: string | null;
}

interface FeedArgs {
  since?: string | null;
  limit?: number | null;
  locale?: string | null;
}

interface NinjsArgs {
  version?: string | null;
  profile?: string | null;
}

const given = <Value>(value: Value | null | undefined): value is Value => value !== null && value !== undefined;

/** Plain GraphQL arguments → the query-string shape the REST validation reads, so both APIs accept the same things. */
const asQuery = (entries: Record<string, string | number | Record<string, unknown> | null | undefined>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => given(value)).map(([key, value]) => [key, typeof value === 'number' ? String(value) : value]));

/** REST's `filters[tags][slug]` is the GraphQL argument `tagSlug`: errors name the argument the caller wrote. */
const asArgumentErrors = (errors: FieldError[]): FieldError[] =>
  errors.map((error) => (error.path[0] === 'filters' ? { ...error, path: ['tagSlug'], message: error.message.replace(/^\S+/, 'tagSlug') } : error));

const slugArgs = z.object({ slug: shortText({ min: 1 }) });

/** `slug` and `locale` with the REST rules (a path parameter and the `locale` query parameter). */
const parseSlugArgs = (args: SlugArgs) => {
  const slug = parseInput(slugArgs, { slug: args.slug });
  const locale = parseBriefListQuery(asQuery({ locale: args.locale }));
  if (!slug.ok || !locale.ok) throw validationFailed([...(slug.ok ? [] : slug.errors), ...(locale.ok ? [] : locale.errors)]);
  return { slug: slug.value.slug, locale: locale.value.locale };
};

const pairsOf = (briefs: PublicBrief[]) => briefs.map(({ documentId, locale }) => ({ documentId, locale }));

/** A field whose REST value is a string and whose GraphQL type is an enum. */
const asEnum = <Key extends string>(key: Key) => (parent: Record<Key, string>) => enumName(parent[key]);

/** Root and field resolvers of the newsroom's GraphQL types: the REST services, so the rules are the same. */
export const newsroomResolvers = (strapi: Core.Strapi) => {
  const briefs = () => getService(strapi, 'publicBriefs');
  const callerOf = (context: GraphqlContext) => requestState(strapi, context).caller;

  return {
    Query: {
      newsroomBriefs: withGraphqlErrors(async (_parent: unknown, args: BriefListArgs, context: GraphqlContext, info: GraphQLResolveInfo) => {
        const query = parseBriefListQuery(asQuery({ locale: args.locale, page: args.page, pageSize: args.pageSize, after: args.after, filters: given(args.tagSlug) ? { tags: { slug: args.tagSlug } } : null }));
        if (!query.ok) throw validationFailed(asArgumentErrors(query.errors));
        const caller = await callerOf(context);
        const tagKind = given(args.tagKind) ? restValueOf(args.tagKind, TAG_KINDS) : null;
        const filters = { tagKind, firstPublishedSince: args.since ?? null };
        const metaFields = selectedFieldNames(info, ['meta']);
        if (!selectedFieldNames(info, []).has('data') && !metaFields.has('next') && !metaFields.has('hasMore')) {
          // Only the pagination asked: one brief without relations is enough to read the total.
          const { total } = (await briefs().list({ ...query.value, page: 1, pageSize: 1 }, caller, { ...filters, relations: NO_BRIEF_RELATIONS })).meta.pagination;
          const { page, pageSize } = query.value;
          return { data: [], meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, next: null, hasMore: false } };
        }
        const briefFields = selectedFieldNames(info, ['data']);
        const list = await briefs().list(query.value, caller, { ...filters, relations: relationsFor(briefFields) });
        if (briefFields.has('ninjs')) prefetchNinjsVersions(strapi, context, pairsOf(list.data));
        return list;
      }),

      newsroomBrief: withGraphqlErrors(async (_parent: unknown, args: SlugArgs, context: GraphqlContext, info: GraphQLResolveInfo) => {
        const { slug, locale } = parseSlugArgs(args);
        return briefs().findBySlug(slug, locale, await callerOf(context), relationsFor(selectedFieldNames(info, [])));
      }),

      newsroomTolls: withGraphqlErrors(async (_parent: unknown, args: SlugArgs, context: GraphqlContext) => {
        const { slug, locale } = parseSlugArgs(args);
        return getService(strapi, 'tolls').publicHistoryOfBrief(slug, locale, await callerOf(context));
      }),

      newsroomFeed: withGraphqlErrors(async (_parent: unknown, args: FeedArgs, context: GraphqlContext, info: GraphQLResolveInfo) => {
        const query = parseFeedQuery(asQuery({ since: args.since, limit: args.limit, locale: args.locale }));
        if (!query.ok) throw validationFailed(query.errors);
        const caller = await callerOf(context);
        if (query.value.locale) await getService(strapi, 'locales').resolve(query.value.locale);
        const briefFields = selectedFieldNames(info, ['data', 'brief']);
        // An event's ninjs is REST's format=ninjs: built from the whole brief, or the tombstone.
        const eventNinjs = selectedFieldNames(info, ['data']).has('ninjs');
        const feedQuery = { ...query.value, format: eventNinjs ? ('ninjs' as const) : ('json' as const) };
        const page = await getService(strapi, 'feed').page(feedQuery, caller, eventNinjs ? ALL_BRIEF_RELATIONS : relationsFor(briefFields));
        if (briefFields.has('ninjs')) prefetchNinjsVersions(strapi, context, pairsOf(page.data.flatMap((event) => (event.brief ? [event.brief] : []))));
        return page;
      }),
    },

    NewsroomBrief: {
      editorialStatus: asEnum('editorialStatus'),
      ninjs: withGraphqlErrors(async (brief: PublicBrief, args: NinjsArgs, context: GraphqlContext) => {
        const request = validateInput(ninjsQuerySchema, asQuery({ version: args.version, profile: given(args.profile) ? 'newsroom' : null }));
        const version = request.version ?? (await getService(strapi, 'settings').get()).defaultNinjsVersion;
        const counter = await ninjsCounterOf(strapi, context, brief);
        return getService(strapi, 'ninjs').render({ state: 'public', brief }, { version, profile: request.profile }, await callerOf(context), counter.version, counter.lastEventType);
      }),
    },
    NewsroomTag: { kind: asEnum('kind') },
    NewsroomTollCount: { category: asEnum('category'), qualifier: asEnum('qualifier') },
    NewsroomTollIncludedCount: { qualifier: asEnum('qualifier') },
    NewsroomTollRevision: { changeKind: asEnum('changeKind') },
    NewsroomFeedEvent: { type: asEnum('type') },
    NewsroomFeedEventCorrection: {
      __resolveType: (correction: object) => ('previous' in correction ? 'NewsroomTollEventCorrection' : 'NewsroomTextCorrection'),
    },
  };
};

/** Same permissions as the REST twins: the routes' actions (read-only tokens pass find/findOne). */
export const newsroomResolversConfig = {
  'Query.newsroomBriefs': { auth: { scope: ['plugin::newsroom.brief.find'] } },
  'Query.newsroomBrief': { auth: { scope: ['plugin::newsroom.brief.findOne'] } },
  'Query.newsroomTolls': { auth: { scope: ['plugin::newsroom.toll.find'] } },
  'Query.newsroomFeed': { auth: { scope: ['plugin::newsroom.feed.find'] } },
  'NewsroomBrief.ninjs': { auth: { scope: ['plugin::newsroom.ninjs.findOne'] } },
};
