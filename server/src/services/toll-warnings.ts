import type { Core } from '@strapi/strapi';
import { checkTollConsistency, EMPTY_TOLL_STATE, findNewerHigherFigures, type TollStateData } from '../domain/toll';
import { BRIEF_UID, TOLL_STATE_UID } from '../uids';

interface TollStateRow {
  version: number;
  state: TollStateData | null;
}

/** What the toll desk and the publish path warn about a brief's toll: contradicting headline numbers, newer figures. */
const tollWarnings = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Other sources' figures newer and higher than the primary's: the primary may have gone stale in silence. */
  async newerFigures(documentId: string) {
    const stateRow = (await strapi.db.query(TOLL_STATE_UID).findOne({ select: ['state'], where: { briefDocumentId: documentId } })) as Pick<TollStateRow, 'state'> | null;
    return findNewerHigherFigures(stateRow?.state ?? EMPTY_TOLL_STATE);
  },

  /** Headline and summary numbers that contradict the current toll, for one locale's draft. */
  async consistencyWarnings(documentId: string, locale: string) {
    const [draft, stateRow] = await Promise.all([
      strapi.db.query(BRIEF_UID).findOne({ select: ['headline', 'summary'], where: { documentId, locale, publishedAt: null } }) as Promise<{
        headline: string | null;
        summary?: string | null;
      } | null>,
      strapi.db.query(TOLL_STATE_UID).findOne({ select: ['version', 'state'], where: { briefDocumentId: documentId } }) as Promise<TollStateRow | null>,
    ]);
    if (!draft || !stateRow) return [];
    return checkTollConsistency({ headline: draft.headline, summary: draft.summary }, stateRow.state ?? EMPTY_TOLL_STATE, stateRow.version, locale);
  },
});

export default tollWarnings;
