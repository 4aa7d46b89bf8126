import type { Core } from '@strapi/strapi';
import { errors, setCreatorFields } from '@strapi/utils';
import type { FieldError, TagKind } from '../domain/contract';
import { formatFieldPath } from '../domain/toll/field-path';
import { parseNinjsImport } from '../domain/wire/from-ninjs';
import type { RelatedMatch, WireDraft, WireDraftEdits, WireImportRequest } from '../domain/wire/import-request';
import { parseWire } from '../domain/wire/parse-wire';
import type { WireLanguage, WireParseOptions, WireParseResult } from '../domain/wire/types';
import { draftSlugline, headlineKey, searchWordOf, tollProposalFrom } from '../domain/wire/wire-draft';
import { validationFailed } from '../http-errors';
import { BRIEF_UID, TAG_UID } from '../uids';
import type { ReadFilter } from './brief-access';
import { getService } from './get-service';

/** Who imports: the admin user, their Content Manager read conditions on briefs and their CASL ability. */
export interface WireImportCaller {
  user: { id: number; firstname?: string | null; lastname?: string | null; email?: string | null };
  readFilter: ReadFilter;
  userAbility?: unknown;
}

export interface DraftOptions {
  locale: WireLanguage;
  edits?: WireDraftEdits;
  /** Further brief fields set by the server (the playground seed's editorial choices); never from a request. */
  data?: Record<string, unknown>;
}

interface BriefHeadlineRow {
  documentId: string;
  locale: string;
  headline: string | null;
  publishedAt: string | null;
}

interface PermissionChecker {
  cannot: { create: () => boolean };
  sanitizeCreateInput: (data: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/** Candidates per related title read from the database before the accent-insensitive comparison. */
const RELATED_CANDIDATES = 200;

const withReadFilter = (readFilter: ReadFilter) => (readFilter && Object.keys(readFilter).length > 0 ? [readFilter] : []);

/** A ninjs error's path and message, from inside the document to the request body (`headline …` → `ninjs.headline …`). */
const underNinjs = (error: FieldError): FieldError => {
  const inner = formatFieldPath(error.path);
  const outer = formatFieldPath(['ninjs', ...error.path]);
  const message = inner !== '' && error.message.startsWith(inner) ? `${outer}${error.message.slice(inner.length)}` : `${outer}: ${error.message}`;
  return { ...error, path: ['ninjs', ...error.path], message };
};

const displayName = (user: WireImportCaller['user']): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `user ${user.id}`;

/**
 * Wire import: agency copy or a partner's ninjs → the parse result (nothing written), or a draft brief through the
 * Document Service (so the brief rules, slugs and middlewares apply) with its tags, related briefs and, when the
 * copy gives one, a proposed toll for the desk.
 */
const wireImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const parseOptions = async (language: WireImportRequest['language']): Promise<WireParseOptions> => {
    const { knownAgencies } = await getService(strapi, 'settings').get();
    return { language, ...(knownAgencies.length > 0 ? { agencies: knownAgencies } : {}) };
  };

  const requireEnabledLocale = async (locale: string) => {
    const enabled = await strapi.plugin('i18n').service('locales').findByCode(locale);
    if (!enabled) {
      throw validationFailed([
        { path: ['language'], message: `language ${locale} is not an enabled locale of this site: add it in Settings → Internationalization`, code: 'wire.locale_not_enabled', params: { locale } },
      ]);
    }
  };

  /** Each tag found by name (case-insensitive) or created with its kind. */
  const resolveTags = async (tags: { name: string; kind: TagKind }[]): Promise<WireDraft['tags']> => {
    const resolved: WireDraft['tags'] = [];
    const seen = new Set<string>();
    for (const tag of tags) {
      const key = tag.name.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const existing = (await strapi.documents(TAG_UID).findFirst({ filters: { name: { $eqi: tag.name } }, fields: ['name', 'kind'] })) as { documentId: string; name: string; kind: TagKind } | null;
      if (existing) {
        resolved.push({ name: existing.name, kind: existing.kind, documentId: existing.documentId, created: false });
      } else {
        const created = (await strapi.documents(TAG_UID).create({ data: { name: tag.name, kind: tag.kind } as never })) as { documentId: string };
        resolved.push({ name: tag.name, kind: tag.kind, documentId: created.documentId, created: true });
      }
    }
    return resolved;
  };

  /** Briefs the caller can read whose headline is the title (case, accents, quotes and spacing aside); killed ones never. */
  const matchRelated = async (titles: string[], locale: string, readFilter: ReadFilter) => {
    const matched: RelatedMatch[] = [];
    const unmatched: string[] = [];
    for (const title of titles) {
      const key = headlineKey(title);
      const word = searchWordOf(title);
      const candidates = (await strapi.db.query(BRIEF_UID).findMany({
        select: ['documentId', 'locale', 'headline', 'publishedAt'],
        where: {
          $and: [{ editorialStatus: { $ne: 'killed' } }, ...(word ? [{ headline: { $containsi: word } }] : []), ...withReadFilter(readFilter)],
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit: RELATED_CANDIDATES,
      })) as BriefHeadlineRow[];
      const same = candidates.filter((row) => row.headline !== null && headlineKey(row.headline) === key);
      const best = same.find((row) => row.locale === locale) ?? same[0];
      if (best && !matched.some((match) => match.documentId === best.documentId)) {
        matched.push({ title, documentId: best.documentId, locale: best.locale, headline: best.headline as string });
      } else if (!best) {
        unmatched.push(title);
      }
    }
    return { matched, unmatched };
  };

  return {
    /** The parse result of the request's text or ninjs; a ninjs document the schema refuses is a 400 under `ninjs`. */
    async parse(request: Pick<WireImportRequest, 'text' | 'ninjs' | 'language'>): Promise<WireParseResult> {
      const options = await parseOptions(request.language);
      if (request.text !== undefined) return parseWire(request.text, options);
      const imported = parseNinjsImport(request.ninjs, options);
      if (!imported.ok) throw validationFailed(imported.errors.map(underNinjs));
      return imported.result;
    },

    /**
     * Creates the draft in one transaction: tags, the brief (locale from the language) and the proposed toll.
     * Without a caller (the seed) no Content Manager permission applies.
     */
    async createDraft(result: WireParseResult, { locale, edits = {}, data = {} }: DraftOptions, caller: WireImportCaller | null): Promise<WireDraft> {
      await requireEnabledLocale(locale);
      const headline = edits.headline ?? result.headline?.value ?? null;
      if (!headline) {
        throw validationFailed([{ path: ['edits', 'headline'], message: 'edits.headline is required: the copy has no headline line', code: 'wire.no_headline' }]);
      }
      const checker = caller?.userAbility
        ? (strapi.plugin('content-manager').service('permission-checker').create({ userAbility: caller.userAbility, model: BRIEF_UID }) as PermissionChecker)
        : null;
      if (checker?.cannot.create()) throw new errors.ForbiddenError('You may not create briefs');

      return strapi.db.transaction(async () => {
        const tags = await resolveTags(edits.tags ?? result.tags.map(({ name, kind }) => ({ name, kind })));
        const titles = edits.relatedTitles ?? result.relatedTitles.map((title) => title.value);
        const related = await matchRelated(titles, locale, caller?.readFilter ?? null);
        const edited = (key: 'slugline' | 'dateline' | 'byline', parsed: string | null) => {
          const value = edits[key] !== undefined ? edits[key] : parsed;
          return value ? { [key]: value } : {};
        };
        const fields: Record<string, unknown> = {
          headline,
          ...edited('slugline', draftSlugline(result.slugline?.value)),
          ...edited('dateline', result.dateline?.value ?? null),
          ...edited('byline', result.byline?.value ?? null),
          summary: edits.summary !== undefined ? edits.summary : (result.summary?.value ?? null),
          body: result.body,
          photoCredit: edits.photoCredit !== undefined ? edits.photoCredit : (result.photoCredit?.value ?? null),
          tags: tags.map((tag) => tag.documentId),
          relatedBriefs: { connect: related.matched.map(({ documentId, locale: relatedLocale }) => ({ documentId, locale: relatedLocale })) },
          ...data,
        };
        const permitted = checker ? await checker.sanitizeCreateInput(fields) : fields;
        const withCreator = caller ? (setCreatorFields({ user: caller.user })(permitted) as Record<string, unknown>) : permitted;
        const brief = (await strapi.documents(BRIEF_UID).create({ locale, status: 'draft', data: withCreator as never })) as unknown as { documentId: string; locale: string };

        const toll = result.toll;
        if (toll) await getService(strapi, 'tollProposals').save(brief.documentId, tollProposalFrom(toll), caller ? displayName(caller.user) : 'Wire import');
        return {
          documentId: brief.documentId,
          locale: brief.locale,
          relatedBriefs: related.matched,
          unmatchedRelatedTitles: related.unmatched,
          tags,
          tollProposed: Boolean(toll),
        };
      });
    },

    /** The route's job: parse, and with `create: true` write the draft. */
    async run(request: WireImportRequest, caller: WireImportCaller) {
      const result = await this.parse(request);
      if (request.create !== true) return { result, draft: null };
      const locale = request.language === 'auto' ? result.language : request.language;
      const draft = await this.createDraft(result, { locale, edits: request.edits }, caller);
      return { result, draft };
    },
  };
};

export default wireImport;
