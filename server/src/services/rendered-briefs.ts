import type { Core } from '@strapi/strapi';
import type { PublicBrief } from '../domain/contract';
import { frozenMemo } from './memo';

/** Public briefs (and parsed read rows) each instance remembers by content (plugin config `renderedBriefs`; 0 = none). */
export const DEFAULT_RENDERED_BRIEFS = 1_000;

/** How many public briefs (and parsed read rows) this instance remembers, from the plugin's config. */
export const renderedBriefsLimit = (strapi: Core.Strapi): number => strapi.config.get<number>('plugin::newsroom.renderedBriefs', DEFAULT_RENDERED_BRIEFS);

/**
 * Public briefs remembered by everything they were shaped from (content-addressed, never invalidated): the key holds
 * the digest of the row as the read statement returned it (every column, relation and toll state), the caller's
 * sanitizing rules, the shaping settings and which related briefs are public now. A change to any of these (a
 * revision, a tag renamed, a photo replaced, an embargo passing) is another key; an entry is never stale, only
 * unused until it is evicted. The read cache, in front, is cleared by every change; this one is not, so a
 * breaking-news revision reshapes one brief, not every page.
 *
 * Entries are frozen (callers share them) and their JSON bytes are kept beside them once asked for.
 */
export const createRenderedBriefs = () => {
  const memo = frozenMemo<PublicBrief>();
  return (key: string | null, maxEntries: number, render: () => PublicBrief): PublicBrief => {
    const { value, kept } = memo(key, maxEntries, render);
    if (kept) remembered.add(value);
    return value;
  };
};

const remembered = new WeakSet<PublicBrief>();
const jsonBytes = new WeakMap<PublicBrief, Buffer>();

/** A brief's JSON as UTF-8 bytes: serialized once for a remembered brief, on every call for any other. */
export const briefJson = (brief: PublicBrief): Buffer => {
  if (!remembered.has(brief)) return Buffer.from(JSON.stringify(brief));
  let bytes = jsonBytes.get(brief);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(brief));
    jsonBytes.set(brief, bytes);
  }
  return bytes;
};
