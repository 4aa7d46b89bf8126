import type { Core } from '@strapi/strapi';
import { briefToNinjs, killedBriefToNinjs, withheldBriefToNinjs, type NinjsDocument, type NinjsVersion } from '../domain/ninjs';
import { correctionEdNoteOf } from '../domain/corrections';
import { FEED_EVENT_UID } from '../uids';
import type { PublicBrief } from '../domain/contract';
import type { BriefSnapshot, ReadCaller } from './public-briefs';
import { getService } from './get-service';

/** A brief locale's ninjs `version` counter, when it last changed, and the type of that last change. */
export interface NinjsCounter {
  version: number;
  changedAt: string | null;
  lastEventType: string | null;
}

export interface NinjsRequest {
  version: NinjsVersion;
  profile: 'newsroom' | null;
}

/** Strapi glue around the pure ninjs mapping: settings, version counters, entitlement. */
const ninjs = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The ninjs `version` of each brief locale: raised by every public change (one feed event each). */
  const versions = async (pairs: { documentId: string; locale: string }[]): Promise<Map<string, NinjsCounter>> => {
    const found = new Map<string, NinjsCounter>();
    if (pairs.length === 0) return found;
    const model = strapi.getModel(FEED_EVENT_UID);
    const table = model.collectionName as string;
    const db = strapi.db.connection;
    // One statement: each locale's counter, when it last changed and the type of that change (a correction's
    // version carries its note as `ednote`).
    const rows = (await db(`${table} as e`)
      .select('e.brief_document_id as documentId', 'e.locale')
      .max('e.ninjs_version as version')
      .max('e.occurred_at as changedAt')
      .select(db.raw('(select l.type from ?? as l where l.brief_document_id = e.brief_document_id and l.locale = e.locale order by l.seq desc limit 1) as ??', [table, 'lastEventType']))
      .whereIn('e.brief_document_id', [...new Set(pairs.map((pair) => pair.documentId))])
      .groupBy('e.brief_document_id', 'e.locale')) as {
      documentId: string;
      locale: string;
      version: number | string;
      changedAt: string | number | Date | null;
      lastEventType: string | null;
    }[];
    for (const row of rows) {
      found.set(`${row.documentId}:${row.locale}`, {
        version: Number(row.version),
        changedAt: row.changedAt === null ? null : new Date(row.changedAt).toISOString(),
        lastEventType: row.lastEventType ?? null,
      });
    }
    return found;
  };

  /** The ednote of a public brief's current version: the correction's note when its latest change is a correction. */
  const edNoteOf = (brief: PublicBrief, lastEventType: string | null): string | undefined =>
    correctionEdNoteOf(
      { eventType: lastEventType, textCorrections: brief.corrections ?? [], tollCorrection: brief.toll?.correction ?? null, tollText: brief.toll?.text ?? null },
      brief.locale,
    );

  return {
    versions,

    /** `lastEventType`: the type of the locale's latest feed event (see versions), for the ednote of a correction. */
    async render(snapshot: BriefSnapshot, request: NinjsRequest, caller: ReadCaller, ninjsVersionNumber: number, lastEventType: string | null = null): Promise<NinjsDocument> {
      const [settings, publicUrl] = await Promise.all([getService(strapi, 'settings').get(), getService(strapi, 'settings').publicBaseUrl()]);
      const options = {
        version: request.version,
        ...(request.profile ? { profile: request.profile } : {}),
        uriPrefix: settings.uriPrefix,
        publicUrl,
        ninjsVersionNumber: Math.max(1, ninjsVersionNumber),
        includeEmbargo: caller.entitledToEmbargoed,
      };
      if (snapshot.state === 'public') {
        const edNote = edNoteOf(snapshot.brief, lastEventType);
        return briefToNinjs(snapshot.brief, edNote ? { ...options, edNote } : options);
      }
      const ref = { documentId: snapshot.documentId, locale: snapshot.locale, killedAt: snapshot.changedAt, reason: snapshot.reason };
      return snapshot.state === 'killed' ? killedBriefToNinjs(ref, options) : withheldBriefToNinjs(ref, options);
    },
  };
};

export default ninjs;
