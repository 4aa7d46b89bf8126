import type { Core } from '@strapi/strapi';
import type { EditorialStatus } from '../domain/contract';
import { lockBriefDocument } from '../data/document-lock';
import { documentStatusOf } from '../domain/brief/visibility';
import { conflict } from '../http-errors';
import { BRIEF_UID } from '../uids';

/** What a status-changing write must know of the document first, read under its lock. */
export interface DocumentStatus {
  /** The document's editorial status: killed if any row is, else the published row's, else the draft's. */
  status: EditorialStatus;
  /** Whether any locale was ever public: from then on its status changes only through the editorial actions. */
  everPublished: boolean;
}

/**
 * The document lock around every Document Service write of a brief (update, publish, unpublish, discard draft,
 * delete), with the one rule they all share: a killed brief is final, whatever door the write comes through.
 */
const briefLifecycle = ({ strapi }: { strapi: Core.Strapi }) => {
  const documentStatus = async (documentId: string): Promise<DocumentStatus | null> => {
    const rows = (await strapi.db.query(BRIEF_UID).findMany({
      select: ['editorialStatus', 'firstPublishedAt', 'publishedAt'],
      where: { documentId },
    })) as { editorialStatus: EditorialStatus; firstPublishedAt: string | null; publishedAt: string | null }[];
    const status = documentStatusOf(rows);
    return status ? { status, everPublished: rows.some((row) => row.firstPublishedAt !== null) } : null;
  };

  return {
    documentStatus,

    /**
     * Runs `write` in a transaction holding the document's lock, after refusing it (409) when the brief is killed.
     * `what` completes "A killed brief cannot be …".
     */
    async underLock<T>(documentId: string, what: string, write: (current: DocumentStatus | null) => Promise<T>): Promise<T> {
      return strapi.db.transaction(async () => {
        await lockBriefDocument(strapi, documentId);
        const current = await documentStatus(documentId);
        if (current?.status === 'killed') throw conflict(`A killed brief cannot be ${what}: killing is final`, { currentStatus: 'killed' });
        return write(current);
      });
    },
  };
};

export default briefLifecycle;
