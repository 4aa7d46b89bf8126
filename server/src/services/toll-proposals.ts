import type { Core } from '@strapi/strapi';
import type { TollProposal } from '../domain/wire/wire-draft';
import { STORAGE_LIMITS } from '../domain/validation';
import { PLUGIN_ID } from '../uids';
import type { ReadFilter, WriteAccess } from './brief-access';
import { getService } from './get-service';

export const TOLL_PROPOSAL_UID = `plugin::${PLUGIN_ID}.toll-proposal` as const;

interface TollProposalRow {
  id: number;
  briefDocumentId: string;
  proposal: TollProposal;
  proposedAt: string | Date | null;
}

/** A proposed toll as the toll desk shows it. */
export type StoredTollProposal = TollProposal & { proposedAt: string | null };

/**
 * Tolls the wire importer proposed, one per brief, kept apart from the append-only history: a desk chief confirms
 * one through the toll API (revision 1), then it is cleared. Once the brief has a toll, a proposal is stale and
 * never shown again.
 */
const tollProposals = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(TOLL_PROPOSAL_UID);

  /** The brief's proposal while it still has no toll; null otherwise. */
  const find = async (briefDocumentId: string): Promise<StoredTollProposal | null> => {
    const row = (await rows().findOne({ select: ['proposal', 'proposedAt'], where: { briefDocumentId } })) as TollProposalRow | null;
    if (!row || (await getService(strapi, 'tolls').version(briefDocumentId)) > 0) return null;
    return { ...row.proposal, proposedAt: row.proposedAt ? new Date(row.proposedAt).toISOString() : null };
  };

  return {
    find,

    async save(briefDocumentId: string, proposal: TollProposal, proposedBy: string) {
      const data = { proposal, proposedAt: new Date(), proposedByName: proposedBy.slice(0, STORAGE_LIMITS.varchar) };
      const existing = (await rows().findOne({ select: ['id'], where: { briefDocumentId } })) as Pick<TollProposalRow, 'id'> | null;
      if (existing) await rows().update({ where: { id: existing.id }, data });
      else await rows().create({ data: { briefDocumentId, ...data } });
    },

    /** For the toll desk: the proposal, 404 unless the user may read the brief. */
    async findForDesk(briefDocumentId: string, readFilter: ReadFilter): Promise<StoredTollProposal | null> {
      await getService(strapi, 'briefAccess').requireReadable(briefDocumentId, readFilter);
      return find(briefDocumentId);
    },

    async clear(briefDocumentId: string): Promise<void> {
      await rows().deleteMany({ where: { briefDocumentId } });
    },

    /** After the desk confirmed it (or to discard it): 404 / 403 unless the user may change the brief. */
    async clearForDesk(briefDocumentId: string, access: WriteAccess): Promise<void> {
      await getService(strapi, 'briefAccess').requireWritable(briefDocumentId, access);
      await this.clear(briefDocumentId);
    },
  };
};

export default tollProposals;
