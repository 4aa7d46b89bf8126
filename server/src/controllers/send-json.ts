import type { StrapiContext } from './context';

/**
 * Answers `body` as JSON serialized once into bytes. Given the object, koa stringifies it and then scans the whole
 * string again for its Content-Length before Node encodes it on write; a feed page of 50 briefs is ~150 KB.
 */
export const sendJson = (ctx: StrapiContext, body: unknown): void => {
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = Buffer.from(JSON.stringify(body));
};
