/**
 * URL helpers shared by the public shape, the HTML of body blocks, the ninjs mapping and the validation schemas
 * (pure: no Strapi import). One place decides what "an absolute http(s) URL" is and how a path joins a base URL.
 */

/** A percent-encoded path (or segment) decoded, or null when it is not valid percent-encoded UTF-8 (`%E0%A4%A`). */
export function decodePathSegment(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `https://news.example.org///` → `https://news.example.org`. */
export function trimTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/** `path` appended to `baseUrl` with exactly one slash between them (`/uploads/a.jpg`, `uploads/a.jpg` alike). */
export function joinToBaseUrl(baseUrl: string, path: string): string {
  return `${trimTrailingSlashes(baseUrl)}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** A root-relative URL (`/uploads/a.jpg`, not protocol-relative `//host/…`) resolved against `baseUrl`; anything else as is. */
export function resolveRootRelative(url: string, baseUrl: string | undefined): string {
  return baseUrl && url.startsWith('/') && !url.startsWith('//') ? joinToBaseUrl(baseUrl, url) : url;
}

/** An http or https URL with a host, as the URL parser reads it (`https://a.org/x`; not `mailto:`, `//a.org`, `https://`). */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}
