import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { BriefRecord } from '../domain/brief/to-public-brief';
import type { PublicBrief } from '../domain/contract';
import type { NinjsQuery } from '../domain/ninjs/query';
import type { TollStateData } from '../domain/toll';
import { BRIEF_UID, TOLL_STATE_UID } from '../uids';
import type { ReadFilter } from './brief-access';
import { BRIEF_COLUMNS } from './public-briefs';
import { getService } from './get-service';
import { documentLocaleKeyOf } from '../domain/brief/document-locale-key';

const RELATED_COLUMNS = ['documentId', 'locale', 'slug', 'headline', 'editorialStatus', 'embargoUntil', 'publishedAt'];

/** A draft's relations, for the desk's preview (a draft links to the drafts of its related briefs). */
const DRAFT_RELATIONS = {
  tags: { select: ['name', 'slug', 'kind'] },
  photo: { select: ['url', 'alternativeText', 'width', 'height', 'formats', 'mime'] },
  relatedBriefs: { select: ['documentId'] },
};

/** The desk's look at a draft as partners would get it once published (it reads drafts: admin routes only). */
const briefPreview = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The draft of a brief locale shaped like a public brief, whatever its status. */
  const draftAsPublished = async (documentId: string, localeParam: string | null): Promise<PublicBrief> => {
    const locale = await getService(strapi, 'locales').resolve(localeParam);
    const draft = (await strapi.db.query(BRIEF_UID).findOne({
      select: BRIEF_COLUMNS,
      where: { documentId, locale, publishedAt: null },
      populate: DRAFT_RELATIONS,
    })) as (Omit<BriefRecord, 'relatedBriefs'> & { relatedBriefs?: { documentId: string }[] }) | null;
    if (!draft) throw new errors.NotFoundError('Brief not found');
    // Partners will get the published versions of the related briefs, the reader's locale first.
    const relatedIds = (draft.relatedBriefs ?? []).map((related) => related.documentId);
    const published = relatedIds.length === 0 ? [] : ((await strapi.db.query(BRIEF_UID).findMany({
      select: RELATED_COLUMNS,
      where: { documentId: { $in: relatedIds }, publishedAt: { $notNull: true }, editorialStatus: 'usable' },
    })) as NonNullable<BriefRecord['relatedBriefs']>);
    const relatedBriefs = relatedIds.flatMap((relatedId) => {
      const versions = published.filter((row) => row.documentId === relatedId);
      return versions.sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale));
    });
    const record: BriefRecord = { ...draft, relatedBriefs };
    const state = (await strapi.db.query(TOLL_STATE_UID).findOne({ select: ['version', 'state'], where: { briefDocumentId: documentId } })) as {
      version: number;
      state: TollStateData | null;
    } | null;
    const [brief] = await getService(strapi, 'publicBriefs').shape([{ ...record, editorialStatus: 'usable' }], { auth: undefined, entitledToEmbargoed: true }, new Date(), () => (state ? { version: state.version, readState: () => state.state } : null));
    return brief;
  };

  return {
    draftAsPublished,

    /**
     * The desk's syndication preview: the draft as ninjs, as partners would get it once published (the next ninjs
     * version), with its corrections; 404 unless the user may read the brief in the Content Manager.
     */
    async ninjsPreview(documentId: string, query: NinjsQuery, readFilter: ReadFilter) {
      await getService(strapi, 'briefAccess').requireReadable(documentId, readFilter);
      const draft = await draftAsPublished(documentId, query.locale);
      // Corrections already published stay with the brief: partners get them with the next version too.
      const corrections = await getService(strapi, 'briefCorrections').ofLocale(draft.documentId, draft.locale);
      const brief = { ...draft, corrections };
      const settings = await getService(strapi, 'settings').get();
      const versions = await getService(strapi, 'ninjs').versions([{ documentId: brief.documentId, locale: brief.locale }]);
      return {
        data: await getService(strapi, 'ninjs').render(
          { state: 'public', brief },
          { version: query.version ?? settings.defaultNinjsVersion, profile: query.profile },
          { auth: undefined, entitledToEmbargoed: true },
          (versions.get(documentLocaleKeyOf(brief))?.version ?? 0) + 1,
        ),
        meta: { corrections },
      };
    },
  };
};

export default briefPreview;
