import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BRIEF_UID } from '../uids';

/** The Content Manager read conditions of the signed-in user (e.g. an Author's own briefs only); null = all. */
export type ReadFilter = Record<string, unknown> | null;
/** The user's read and update conditions on briefs; `update: 'denied'` = no update permission at all. */
export interface WriteAccess {
  read: ReadFilter;
  update: ReadFilter | 'denied';
}

/** A where-clause part limiting brief rows to those the read filter allows ({} = all). */
export const withReadFilter = (readFilter: ReadFilter) => (readFilter && Object.keys(readFilter).length > 0 ? { $and: [readFilter] } : {});

/** Whether the admin user may see or change a brief, by their Content Manager permissions (404 / 403 otherwise). */
const briefAccess = ({ strapi }: { strapi: Core.Strapi }) => {
  const briefs = () => strapi.db.query(BRIEF_UID);

  /** 404 unless the user may read this brief in the Content Manager (an Author: only their own). */
  const requireReadable = async (documentId: string, readFilter: ReadFilter) => {
    const found = await briefs().findOne({ select: ['id'], where: { documentId, ...withReadFilter(readFilter) } });
    if (!found) throw new errors.NotFoundError('Brief not found');
  };

  return {
    requireReadable,

    /** 404 when the user may not see the brief, 403 when their update conditions exclude it. */
    async requireWritable(documentId: string, access: WriteAccess) {
      await requireReadable(documentId, access.read);
      const writable = access.update !== 'denied' && (await briefs().findOne({ select: ['id'], where: { documentId, ...withReadFilter(access.update) } }));
      if (!writable) throw new errors.ForbiddenError('Your Content Manager permissions do not let you change this brief');
    },
  };
};

export default briefAccess;
