import type { PublicBrief } from '../domain/contract';
import { briefJson } from '../services/rendered-briefs';
import type { StrapiContext } from './context';

const answer = (ctx: StrapiContext, bytes: Buffer): void => {
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = bytes;
};

/**
 * Answers `body` as JSON serialized once into bytes. Given the object, koa stringifies it and then scans the whole
 * string again for its Content-Length before Node encodes it on write; a feed page of 50 briefs is ~150 KB.
 */
export const sendJson = (ctx: StrapiContext, body: unknown): void => answer(ctx, Buffer.from(JSON.stringify(body)));

/** `{"data":[…],"meta":…}`, each item written by `itemJson` (as bytes), the rest by JSON.stringify. */
const pageJson = <Item>(page: { data: Item[]; meta: unknown }, itemJson: (item: Item) => Buffer): Buffer => {
  const parts: Buffer[] = [Buffer.from('{"data":[')];
  page.data.forEach((item, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(itemJson(item));
  });
  parts.push(Buffer.from(`],"meta":${JSON.stringify(page.meta)}}`));
  return Buffer.concat(parts);
};

const COMMA = Buffer.from(',');

/** A page of briefs (the list): each brief's bytes as the render memo keeps them (JSON.parse gives the same value). */
export const sendBriefPage = (ctx: StrapiContext, page: { data: PublicBrief[]; meta: unknown }): void => answer(ctx, pageJson(page, briefJson));

/**
 * A page of feed events: each event's brief written from the bytes the render memo keeps, the fields before and
 * after it serialized here, in the event's own order.
 */
export const sendEventPage = <Event extends { brief: PublicBrief | null }>(ctx: StrapiContext, page: { data: Event[]; meta: unknown }): void =>
  answer(ctx, pageJson(page, (event) => {
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    let seenBrief = false;
    for (const [key, value] of Object.entries(event)) {
      if (key === 'brief') seenBrief = true;
      else (seenBrief ? after : before)[key] = value;
    }
    const head = JSON.stringify(before);
    const tail = JSON.stringify(after);
    return Buffer.concat([
      Buffer.from(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"brief":`),
      event.brief === null ? NULL : briefJson(event.brief),
      Buffer.from(tail.length > 2 ? `,${tail.slice(1)}` : '}'),
    ]);
  }));

const NULL = Buffer.from('null');
