import crypto from 'crypto';
import type { StrapiContext } from './context';

/** Sets a strong ETag from the given parts and answers 304 when the client already has it. */
export const respondWithETag = (ctx: StrapiContext, parts: unknown[], lastModified?: string | null): boolean => {
  const etag = `"${crypto.createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 27)}"`;
  ctx.set('ETag', etag);
  if (lastModified) ctx.set('Last-Modified', new Date(lastModified).toUTCString());
  const sent = ctx.get('If-None-Match');
  if (sent && sent.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etag)) {
    ctx.status = 304;
    ctx.body = null;
    return true;
  }
  return false;
};
