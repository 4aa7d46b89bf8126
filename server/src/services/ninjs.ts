import type { Core } from '@strapi/strapi';
import { briefToNinjs, killedBriefToNinjs, withheldBriefToNinjs, type NinjsDocument, type NinjsVersion } from '../domain/ninjs';
import { FEED_EVENT_UID } from '../uids';
import type { BriefSnapshot, ReadCaller } from './public-briefs';
import { getService } from '.';

export interface NinjsRequest {
  version: NinjsVersion;
  profile: 'newsroom' | null;
}

/** Strapi glue around the pure ninjs mapping: settings, version counters, entitlement. */
const ninjs = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The ninjs `version` of each brief locale: raised by every public change (one feed event each). */
  const versions = async (pairs: { documentId: string; locale: string }[]): Promise<Map<string, { version: number; changedAt: string | null }>> => {
    const found = new Map<string, { version: number; changedAt: string | null }>();
    if (pairs.length === 0) return found;
    const model = strapi.getModel(FEED_EVENT_UID);
    const rows = (await strapi.db
      .connection(model.collectionName as string)
      .select('brief_document_id as documentId', 'locale')
      .max('ninjs_version as version')
      .max('occurred_at as changedAt')
      .whereIn('brief_document_id', [...new Set(pairs.map((pair) => pair.documentId))])
      .groupBy('brief_document_id', 'locale')) as { documentId: string; locale: string; version: number | string; changedAt: string | number | Date | null }[];
    for (const row of rows) {
      found.set(`${row.documentId}:${row.locale}`, { version: Number(row.version), changedAt: row.changedAt === null ? null : new Date(row.changedAt).toISOString() });
    }
    return found;
  };

  return {
    versions,

    async render(snapshot: BriefSnapshot, request: NinjsRequest, caller: ReadCaller, ninjsVersionNumber: number): Promise<NinjsDocument> {
      const [settings, publicUrl] = await Promise.all([getService(strapi, 'settings').get(), getService(strapi, 'settings').publicBaseUrl()]);
      const options = {
        version: request.version,
        ...(request.profile ? { profile: request.profile } : {}),
        uriPrefix: settings.uriPrefix,
        publicUrl,
        ninjsVersionNumber: Math.max(1, ninjsVersionNumber),
        includeEmbargo: caller.entitledToEmbargoed,
      };
      if (snapshot.state === 'public') return briefToNinjs(snapshot.brief, options);
      const ref = { documentId: snapshot.documentId, locale: snapshot.locale, killedAt: snapshot.changedAt, reason: snapshot.reason };
      return snapshot.state === 'killed' ? killedBriefToNinjs(ref, options) : withheldBriefToNinjs(ref, options);
    },
  };
};

export default ninjs;
