/**
 * URI schemes of the mapping.
 * - item:  `<uriPrefix><documentId>:<locale>`        e.g. `urn:newsroom:brief:h3k9x2:fr`
 * - tag:   `<tag prefix><kind>:<slug>`               e.g. `urn:newsroom:tag:place:syria`
 *   The tag prefix is derived from the item prefix: a trailing `brief:` becomes `tag:`, otherwise `tag:` is appended,
 *   so the default prefix gives `urn:newsroom:tag:` and tags of two installations with their own prefixes never collide.
 * Every component is percent-encoded, so the result always passes JSON Schema `format: uri`.
 */
import type { TagKind } from '../contract';
import { resolveRootRelative, trimTrailingSlashes } from '../urls';

export function ninjsUri(documentId: string, locale: string, uriPrefix: string): string {
  return `${uriPrefix}${encodeURIComponent(documentId)}:${encodeURIComponent(locale)}`;
}

export function tagUriPrefix(uriPrefix: string): string {
  return uriPrefix.endsWith('brief:') ? `${uriPrefix.slice(0, -'brief:'.length)}tag:` : `${uriPrefix}tag:`;
}

export function tagUri(kind: TagKind, slug: string, uriPrefix: string): string {
  return `${tagUriPrefix(uriPrefix)}${kind}:${encodeURIComponent(slug)}`;
}

export { trimTrailingSlashes };

// RFC 3986 unreserved + reserved characters; everything else (spaces, non-ASCII, quotes…) gets percent-encoded.
const URI_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const PERCENT_ESCAPE = /^%[0-9A-Fa-f]{2}/;

function encodeUnsafeUriCharacters(url: string): string {
  let out = '';
  let seenHash = false;
  const chars = Array.from(url);
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i];
    if (char === '%' && PERCENT_ESCAPE.test(chars.slice(i, i + 3).join(''))) out += char;
    else if (char === '#' && !seenHash) {
      seenHash = true;
      out += char;
    } else out += URI_SAFE.test(char) ? char : encodeURIComponent(char);
  }
  return out;
}

const HTTP_URL = /^https?:\/\/[^/?#\s]+/i;

/**
 * An absolute http(s) URL usable as a ninjs `uri`/`href`: root-relative URLs are resolved against `publicUrl`,
 * unsafe characters percent-encoded; anything else (other schemes, protocol-relative, garbage) gives null.
 */
export function toAbsoluteHttpUri(raw: string | null | undefined, publicUrl: string): string | null {
  if (typeof raw !== 'string') return null;
  const url = raw.trim();
  if (url === '') return null;
  const resolved = resolveRootRelative(url, publicUrl);
  if (!HTTP_URL.test(resolved)) return null;
  return encodeUnsafeUriCharacters(resolved);
}
