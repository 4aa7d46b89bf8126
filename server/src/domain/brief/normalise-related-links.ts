import { BRIEF_LIMITS, isHttpUrl } from './validate-brief';

/** A related link as the contract gives it. */
export interface RelatedLink {
  title: string;
  url: string;
}

export interface NormalisedLinks {
  links: RelatedLink[] | null;
  /** Entries that held no http(s) URL, left out (the caller logs them). */
  dropped: unknown[];
  /** Whether `links` differs from what was stored. */
  changed: boolean;
}

const TITLE_KEYS = ['title', 'label', 'name', 'text'];
const URL_KEYS = ['url', 'href', 'link', 'uri'];

const firstString = (entry: Record<string, unknown>, keys: string[]): string | undefined => {
  for (const key of keys) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
};

const toLink = (entry: unknown): RelatedLink | null => {
  if (typeof entry === 'string') {
    const url = entry.trim();
    return isHttpUrl(url) ? { title: url.slice(0, BRIEF_LIMITS.relatedLinkTitle), url } : null;
  }
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const record = entry as Record<string, unknown>;
  const url = firstString(record, URL_KEYS);
  if (!url || !isHttpUrl(url)) return null;
  return { title: (firstString(record, TITLE_KEYS) ?? url).slice(0, BRIEF_LIMITS.relatedLinkTitle), url };
};

/**
 * A stored `relatedLinks` value in the contract's shape `[{ title, url }]`. Loose shapes written before the related-links
 * field existed are migrated: a JSON string, a single object, bare URL strings (the URL becomes the title),
 * `label`/`name`/`text` for the title and `href`/`link`/`uri` for the URL, surrounding spaces, extra keys. Entries
 * without an http(s) URL, and links past the limit of 20, are dropped and returned in `dropped`.
 */
export const normaliseRelatedLinks = (stored: unknown): NormalisedLinks => {
  if (stored === null || stored === undefined) return { links: null, dropped: [], changed: false };
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = [value];
    }
  }
  const entries = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [value];
  const links: RelatedLink[] = [];
  const dropped: unknown[] = [];
  for (const entry of entries) {
    const link = toLink(entry);
    if (link && links.length < BRIEF_LIMITS.relatedLinks) links.push(link);
    else dropped.push(entry);
  }
  return { links, dropped, changed: !sameLinks(stored, links) };
};

/** Whether `stored` already is exactly `links` (key order aside: PostgreSQL's jsonb reorders keys). */
const sameLinks = (stored: unknown, links: RelatedLink[]): boolean =>
  Array.isArray(stored) &&
  stored.length === links.length &&
  stored.every((entry, index) => {
    if (!entry || typeof entry !== 'object') return false;
    const record = entry as Record<string, unknown>;
    return Object.keys(record).length === 2 && record.title === links[index].title && record.url === links[index].url;
  });
