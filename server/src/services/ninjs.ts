import type { Core } from '@strapi/strapi';
import { briefToNinjs, killedBriefToNinjs, withheldBriefToNinjs, type NinjsDocument, type NinjsVersion } from '../domain/ninjs';
import { correctionEdNoteOf } from '../domain/corrections';
import { ninjsCountersOf, type NinjsCounter } from '../data/feed-events';
import type { PublicBrief } from '../domain/contract';
import type { NinjsQuery } from '../domain/ninjs/query';
import type { BriefSnapshot, ReadCaller } from './public-briefs';
import { getService } from './get-service';
import { documentLocaleKey } from '../domain/brief/document-locale-key';

export type { NinjsCounter } from '../data/feed-events';

export interface NinjsRequest {
  version: NinjsVersion;
  profile: 'newsroom' | null;
}

/** Strapi glue around the pure ninjs mapping: settings, version counters, entitlement. */
const ninjs = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The ninjs `version` of each brief locale: raised by every public change (one feed event each). */
  const versions = (pairs: { documentId: string; locale: string }[]): Promise<Map<string, NinjsCounter>> =>
    ninjsCountersOf(strapi, pairs.map((pair) => pair.documentId));

  /** The ednote of a public brief's current version: the correction's note when its latest change is a correction. */
  const edNoteOf = (brief: PublicBrief, lastEventType: string | null): string | undefined =>
    correctionEdNoteOf(
      { eventType: lastEventType, textCorrections: brief.corrections ?? [], tollCorrection: brief.toll?.correction ?? null, tollText: brief.toll?.text ?? null },
      brief.locale,
    );

  /** `lastEventType`: the type of the locale's latest feed event (see versions), for the ednote of a correction. */
  const render = async (snapshot: BriefSnapshot, request: NinjsRequest, caller: ReadCaller, ninjsVersionNumber: number, lastEventType: string | null = null): Promise<NinjsDocument> => {
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
    const ref = { documentId: snapshot.documentId, locale: snapshot.locale, statusChangedAt: snapshot.changedAt, reason: snapshot.reason };
    return snapshot.state === 'killed' ? killedBriefToNinjs(ref, options) : withheldBriefToNinjs(ref, options);
  };

  return {
    versions,
    render,

    /**
     * A public brief as ninjs for the partner route (a tombstone once killed; 404 / 410 as for the brief), with the
     * time it last changed (its latest feed event, else its update).
     */
    async ofPublicBrief(slug: string, query: NinjsQuery, caller: ReadCaller) {
      const briefs = getService(strapi, 'publicBriefs');
      const { documentId, locale } = await briefs.requireDocumentForNinjs(slug, query.locale, caller);
      const version = query.version ?? (await getService(strapi, 'settings').get()).defaultNinjsVersion;
      const [snapshots, counters] = await Promise.all([briefs.snapshots([{ documentId, locale }], caller), versions([{ documentId, locale }])]);
      const key = documentLocaleKey(documentId, locale);
      const snapshot = snapshots.get(key);
      const counter = counters.get(key);
      if (!snapshot) throw new Error('brief vanished while rendering ninjs');
      const updatedAt = snapshot.state === 'public' ? snapshot.brief.updatedAt : snapshot.changedAt;
      return {
        body: await render(snapshot, { version, profile: query.profile }, caller, counter?.version ?? 1, counter?.lastEventType),
        lastModified: counter?.changedAt ?? updatedAt,
      };
    },
  };
};

export default ninjs;
