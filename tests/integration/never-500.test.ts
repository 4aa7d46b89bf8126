/**
 * Never a 500: every input boundary refuses what the database cannot store (NUL and control characters, over-long
 * strings, integers past int4, deep JSON) with a 4xx naming the field, and writes nothing. Runs on SQLite and on
 * PostgreSQL (where each of these was a 500 before the validation layer).
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { seedDocumentId, SEED_EXTERNAL_ID } from '../helpers/toll-desk';
import { encodeCursor } from '../../server/src/domain/feed/cursor';
import { BRIEF_LIMITS } from '../../server/src/domain/brief/validate-brief';

type Response = Awaited<ReturnType<ReturnType<TestStrapi['http']>['get']>>;

let app: TestStrapi;
let seedId: string;
let adminJwt: string;
let deskJwt: string;
let partnerKey: string;
let fullAccessKey: string;
let fileId: number;

const SEED_SLUG = 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb';
const BRIEFS_CM = '/content-manager/collection-types/plugin::newsroom.brief';
const TAGS_CM = '/content-manager/collection-types/plugin::newsroom.tag';
const NUL = '\u0000';

const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

const validToll = (overrides: Record<string, unknown> = {}) => ({
  source: 'OSDH',
  asOf: new Date(Date.now() - 60_000).toISOString(),
  counts: [{ category: 'killed', value: 16, qualifier: 'at-least', group: 'civilians' }],
  ...overrides,
});

beforeAll(async () => {
  app = await bootStrapi();
  seedId = await seedDocumentId(app);
  adminJwt = await app.adminToken(DEMO.admin);
  deskJwt = await app.adminToken(DEMO.deskChief);
  partnerKey = (await app.apiToken('read-only')).accessKey;
  fullAccessKey = (await app.apiToken('full-access')).accessKey;
  fileId = ((await app.strapi.db.query('plugin::upload.file').findOne({ orderBy: { id: 'asc' } })) as { id: number }).id;
});
afterAll(async () => {
  await app?.destroy();
});

const as = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
const partner = (path: string) => app.http().get(path).set('Authorization', `Bearer ${partnerKey}`);
/** Upload's Content API write (multipart, as Strapi's clients send it): a file's information, or a new file attached to an entry. */
const uploadInfo = (query: string, fileInfo: unknown) => app.http().post(`/api/upload${query}`).set('Authorization', `Bearer ${fullAccessKey}`).field('fileInfo', JSON.stringify(fileInfo));
const uploadAttached = (fields: Record<string, string>) => {
  const request = app.http().post('/api/upload').set('Authorization', `Bearer ${fullAccessKey}`);
  for (const [name, value] of Object.entries(fields)) request.field(name, value);
  return request.attach('files', Buffer.from('GIF89a'), 'attached.gif');
};
const mediaLibrary = (method: 'get' | 'post', path: string, body?: object) => {
  const request = app.http()[method](path).set(as(adminJwt));
  return body ? request.send(body) : request;
};
const cmCreateBrief = (data: unknown) => app.http().post(`${BRIEFS_CM}?locale=en`).set(as(adminJwt)).send(data as object);
const cmUpdateSeed = (data: unknown) => app.http().put(`${BRIEFS_CM}/${seedId}?locale=en`).set(as(adminJwt)).send(data as object);
const appendToll = (body: unknown) =>
  app.http().post(`/newsroom/briefs/${seedId}/tolls`).set(as(deskJwt)).set('If-Match', '"1"').send(body as object);

/** What a refused request must leave alone: row counts of every plugin table, the seed brief, its toll, the settings. */
const snapshot = async () => {
  const uids = Object.keys(app.strapi.plugin('newsroom').contentTypes).map((name) => `plugin::newsroom.${name}`);
  const counts = Object.fromEntries(await Promise.all(uids.map(async (uid) => [uid, await app.strapi.db.query(uid as 'plugin::newsroom.brief').count({})])));
  const seedRows = await app.strapi.db.query('plugin::newsroom.brief').findMany({ where: { externalId: SEED_EXTERNAL_ID }, orderBy: { id: 'asc' } });
  const tollState = await app.strapi.db.query('plugin::newsroom.toll-state').findOne({ where: { briefDocumentId: seedId } });
  const tags = await app.strapi.db.query('plugin::newsroom.tag').findMany({ orderBy: { id: 'asc' } });
  const settings = await app.strapi.store({ type: 'plugin', name: 'newsroom' }).get({ key: 'settings' });
  return JSON.parse(JSON.stringify({ counts, seedRows, tollState, tags, settings }));
};

interface Case {
  label: string;
  send: () => Promise<Response>;
  /** The field the error names: in `details.errors[].path` and first in a message. */
  field: string;
  status?: number;
  code?: string;
}

const OVER_LONG: [keyof typeof BRIEF_LIMITS, number][] = [
  ['headline', BRIEF_LIMITS.headline],
  ['slug', BRIEF_LIMITS.slug],
  ['slugline', BRIEF_LIMITS.slugline],
  ['dateline', BRIEF_LIMITS.dateline],
  ['byline', BRIEF_LIMITS.byline],
  ['photoCredit', BRIEF_LIMITS.photoCredit],
  ['externalId', BRIEF_LIMITS.externalId],
  ['summary', BRIEF_LIMITS.summary],
  ['photoCaption', BRIEF_LIMITS.photoCaption],
];

const cases: Case[] = [
  // Path parameters and query strings of the partner API.
  { label: 'NUL in a slug path', send: () => partner(`/api/newsroom/briefs/a%00b`), field: 'slug', code: 'field.control_characters' },
  { label: 'a 300-character slug path', send: () => partner(`/api/newsroom/briefs/${'s'.repeat(300)}`), field: 'slug', code: 'field.too_long' },
  { label: 'NUL in a tolls slug path', send: () => partner(`/api/newsroom/briefs/a%00b/tolls`), field: 'slug' },
  { label: 'NUL in a ninjs slug path', send: () => partner(`/api/newsroom/briefs/a%00b/ninjs`), field: 'slug' },
  { label: 'NUL in the tag filter', send: () => partner(`/api/newsroom/briefs?filters[tags][slug]=syr%00ia`), field: 'filters' },
  { label: 'NUL in locale', send: () => partner(`/api/newsroom/briefs/${SEED_SLUG}?locale=en%00`), field: 'locale' },
  { label: 'a filter nested too deep', send: () => partner(`/api/newsroom/briefs?filters[tags][slug][$eq][a][b][c]=x`), field: 'filters', code: 'input.too_deep' },
  { label: 'page past int4', send: () => partner(`/api/newsroom/briefs?page=99999999999`), field: 'page', code: 'field.out_of_range' },
  { label: 'a feed cursor past 2^31', send: () => partner(`/api/newsroom/feed?since=${encodeCursor(2 ** 31)}`), field: 'since', code: 'feed.invalid_cursor' },
  { label: 'a feed cursor past 2^53', send: () => partner(`/api/newsroom/feed?since=${encodeCursor(2 ** 53)}`), field: 'since' },
  { label: 'NUL in the feed cursor', send: () => partner(`/api/newsroom/feed?since=f1.%00`), field: 'since' },
  { label: 'a repeated feed limit', send: () => partner(`/api/newsroom/feed?limit=1&limit=2`), field: 'limit' },
  { label: 'an unknown ninjs version', send: () => partner(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?version=9`), field: 'version' },
  { label: 'NUL in a schema file name', send: () => partner(`/api/newsroom/schemas/a%00.json`), field: 'file' },
  // Toll desk.
  { label: 'NUL in a toll source', send: () => appendToll(validToll({ source: `OSDH${NUL}` })), field: 'source', code: 'field.control_characters' },
  { label: 'NUL in a toll group', send: () => appendToll(validToll({ counts: [{ category: 'killed', value: 16, group: `civilians${NUL}` }] })), field: 'counts' },
  { label: 'a 501-character mayRiseReason', send: () => appendToll(validToll({ mayRise: true, mayRiseReason: 'r'.repeat(501) })), field: 'mayRiseReason', code: 'field.too_long' },
  { label: 'a 2001-character note', send: () => appendToll(validToll({ note: 'n'.repeat(2001) })), field: 'note' },
  {
    label: 'a lowering from "OSDH\\u200b" is no new source',
    send: () => appendToll(validToll({ source: 'OSDH\u200b', counts: [{ category: 'killed', value: 10, qualifier: 'at-least', group: 'civilians' }] })),
    field: 'counts',
  },
  {
    label: 'a lowering from a full-width "ＯＳＤＨ" is no new source',
    send: () => appendToll(validToll({ source: 'ＯＳＤＨ', counts: [{ category: 'killed', value: 10, qualifier: 'at-least', group: 'civilians\u200b' }] })),
    field: 'counts',
  },
  { label: 'a toll body of 30,000 values', send: () => appendToll(validToll({ counts: Array.from({ length: 30_000 }, () => 1) })), field: 'body', code: 'input.too_large' },
  { label: 'NUL in a toll documentId path', send: () => app.http().get(`/newsroom/briefs/a%00b/tolls`).set(as(deskJwt)), field: 'documentId' },
  { label: 'NUL in the toll desk locale', send: () => app.http().get(`/newsroom/briefs/${seedId}/tolls?locale=%00`).set(as(deskJwt)), field: 'locale' },
  // Editorial actions.
  { label: 'NUL in a kill reason', send: () => app.http().post(`/newsroom/briefs/${seedId}/kill`).set(as(deskJwt)).send({ reason: `Duplicate${NUL}` }), field: 'reason' },
  { label: 'a 1001-character kill reason', send: () => app.http().post(`/newsroom/briefs/${seedId}/kill`).set(as(deskJwt)).send({ reason: 'r'.repeat(1001) }), field: 'reason' },
  { label: 'an unknown key in a withhold body', send: () => app.http().post(`/newsroom/briefs/${seedId}/withhold`).set(as(deskJwt)).send({ reason: 'Legal', reasn: 'x' }), field: 'reasn', code: 'field.unknown' },
  { label: 'NUL in a preview documentId', send: () => app.http().get(`/newsroom/briefs/a%00b/ninjs`).set(as(adminJwt)), field: 'documentId' },
  { label: 'a webhook id past int4', send: () => app.http().delete(`/newsroom/webhooks/99999999999`).set(as(adminJwt)), field: '', status: 404 },
  { label: 'a delivery endpointId past int4', send: () => app.http().get(`/newsroom/webhook-deliveries?endpointId=2147483648`).set(as(adminJwt)), field: 'endpointId', code: 'field.out_of_range' },
  { label: 'an unknown delivery status', send: () => app.http().get(`/newsroom/webhook-deliveries?status=lost`).set(as(adminJwt)), field: 'status', code: 'field.invalid_choice' },
  // Content Manager writes to plugin types.
  { label: 'a brief body nested 1,000 deep', send: () => cmCreateBrief({ headline: 'Deep', body: nested(1000) }), field: 'body', code: 'input.too_deep' },
  { label: 'relatedLinks nested 1,000 deep on update', send: () => cmUpdateSeed({ relatedLinks: nested(1000) }), field: 'relatedLinks', code: 'input.too_deep' },
  { label: 'a tag body nested 1,000 deep', send: () => app.http().post(TAGS_CM).set(as(adminJwt)).send({ name: nested(1000) as string }), field: 'name', code: 'input.too_deep' },
  { label: 'NUL in a tag name', send: () => app.http().post(TAGS_CM).set(as(adminJwt)).send({ name: `Syr${NUL}ia`, kind: 'place' }), field: 'name', code: 'field.control_characters' },
  { label: 'a 101-character tag name', send: () => app.http().post(TAGS_CM).set(as(adminJwt)).send({ name: 't'.repeat(101), kind: 'place' }), field: 'name' },
  ...OVER_LONG.map(([field, max]): Case => ({
    label: `a ${max + 1}-character ${field} (create)`,
    send: () => cmCreateBrief({ headline: 'Over-long field', [field]: 'x'.repeat(max + 1) }),
    field,
    code: 'field.too_long',
  })),
  ...OVER_LONG.map(([field, max]): Case => ({
    label: `a ${max + 1}-character ${field} (update of the seed)`,
    send: () => cmUpdateSeed({ [field]: 'x'.repeat(max + 1) }),
    field,
  })),
  ...OVER_LONG.map(([field]): Case => ({
    label: `NUL in ${field}`,
    send: () => cmCreateBrief({ headline: 'NUL field', [field]: `x${NUL}y` }),
    field,
    code: 'field.control_characters',
  })),
  { label: 'a slug that folds past 200 characters', send: () => cmCreateBrief({ headline: 'Folded slug', slug: '€'.repeat(60) }), field: 'slug' },
  { label: 'urgency past int4', send: () => cmCreateBrief({ headline: 'Huge urgency', urgency: 2 ** 40 }), field: 'urgency' },
  { label: 'embargoUntil in year 99999', send: () => cmCreateBrief({ headline: 'Far embargo', embargoUntil: '99999-01-01T00:00:00Z' }), field: 'embargoUntil' },
  { label: 'NUL in a related link title', send: () => cmCreateBrief({ headline: 'Bad link', relatedLinks: [{ title: `a${NUL}`, url: 'https://a.example' }] }), field: 'relatedLinks' },
  { label: 'NUL in a key of relatedLinks', send: () => cmCreateBrief({ headline: 'Bad key', relatedLinks: [{ title: 'a', url: 'https://a.example', [`k${NUL}`]: 1 }] }), field: 'relatedLinks' },
  { label: 'a 3000-character related link URL', send: () => cmCreateBrief({ headline: 'Long URL', relatedLinks: [{ title: 'a', url: `https://a.example/${'p'.repeat(3000)}` }] }), field: 'relatedLinks' },
  {
    label: 'a javascript: link in the body',
    send: () => cmCreateBrief({ headline: 'Body link', body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }] }),
    field: 'body',
    code: 'field.invalid_url',
  },
  { label: 'NUL in body text', send: () => cmCreateBrief({ headline: 'Body NUL', body: [{ type: 'paragraph', children: [{ type: 'text', text: `a${NUL}b` }] }] }), field: 'body' },
  { label: 'an unknown block type', send: () => cmCreateBrief({ headline: 'Body type', body: [{ type: 'script', children: [] }] }), field: 'body' },
  { label: 'NUL in a Content Manager filter', send: () => app.http().get(`${BRIEFS_CM}?filters[headline][$eq]=a%00b`).set(as(adminJwt)), field: 'filters', code: 'field.control_characters' },
  { label: 'NUL in a Content Manager sort', send: () => app.http().get(`${BRIEFS_CM}?sort=headline%00`).set(as(adminJwt)), field: 'sort' },
  { label: 'NUL in a Content Manager documentId', send: () => app.http().get(`${BRIEFS_CM}/a%00b?locale=en`).set(as(adminJwt)), field: 'path' },
  { label: 'an urgency filter past int4', send: () => app.http().get(`${BRIEFS_CM}?filters[urgency][$gt]=99999999999`).set(as(adminJwt)), field: 'filters', code: 'field.out_of_range' },
  { label: 'a text id filter', send: () => app.http().get(`${BRIEFS_CM}?filters[$or][0][id][$eq]=abc`).set(as(adminJwt)), field: 'filters' },
  { label: 'a tag id filter past int4', send: () => app.http().get(`${BRIEFS_CM}?filters[tags][id][$in][0]=99999999999`).set(as(adminJwt)), field: 'filters' },
  { label: 'NUL in a bulk documentId', send: () => app.http().post(`${BRIEFS_CM}/actions/bulkDelete`).set(as(adminJwt)).send({ documentIds: [`a${NUL}`] }), field: 'documentIds' },
  { label: 'a bulk action on 101 briefs', send: () => app.http().post(`${BRIEFS_CM}/actions/bulkPublish`).set(as(adminJwt)).send({ documentIds: Array.from({ length: 101 }, (_, index) => `doc${index}`) }), field: 'documentIds', code: 'field.too_many' },
  // Upload's Content API reaches briefs through its files' related: its own inputs must not 500 either.
  { label: 'a path trick as an Upload file id', send: () => partner('/api/upload/files/..%2F..%2Fetc%2Fpasswd'), field: 'id', code: 'field.invalid_id' },
  { label: 'an Upload file id past int4', send: () => partner('/api/upload/files/2147483648'), field: 'id' },
  { label: 'NUL in an Upload filter', send: () => partner('/api/upload/files?filters[name][$eq]=x%00'), field: 'filters' },
  { label: 'Infinity in an Upload size filter', send: () => partner('/api/upload/files?filters[size][$gt]=1e309'), field: 'filters' },
  // Actions that take no body refuse keys rather than ignore them.
  { label: 'a key in a role setup body', send: () => app.http().post('/newsroom/settings/setup-roles').set(as(adminJwt)).send({ roles: ['editor'] }), field: 'roles', code: 'field.unknown' },
  { label: 'a key in a public read grant body', send: () => app.http().post('/newsroom/settings/grant-public-read').set(as(adminJwt)).send({ feed: true }), field: 'feed', code: 'field.unknown' },
  { label: 'a key in a secret rotation body', send: () => app.http().post('/newsroom/webhooks/1/rotate-secret').set(as(adminJwt)).send({ secret: 'chosen' }), field: 'secret', code: 'field.unknown' },
  { label: 'a key in a redelivery body', send: () => app.http().post('/newsroom/webhook-deliveries/1/redeliver').set(as(adminJwt)).send({ now: true }), field: 'now', code: 'field.unknown' },
  { label: 'a query on the role setup', send: () => app.http().post('/newsroom/settings/setup-roles?dryRun=1').set(as(adminJwt)).send({}), field: 'dryRun', code: 'field.unknown' },
  // Upload's writes and the admin media library: Strapi hands these to the database as given (on PostgreSQL a 500;
  // a folder named with a NUL left the connection pool hung).
  { label: 'a non-numeric file id in an Upload update', send: () => uploadInfo('?id=abc', { alternativeText: 'x' }), field: 'id', code: 'field.invalid_id' },
  { label: 'a file id past int4 in an Upload update', send: () => uploadInfo('?id=99999999999', { alternativeText: 'x' }), field: 'id', code: 'field.invalid_id' },
  { label: 'NUL in fileInfo (a JSON string in a multipart body)', send: () => uploadInfo(`?id=${fileId}`, { alternativeText: `a${NUL}b` }), field: 'fileInfo', code: 'field.control_characters' },
  { label: 'a 256-character file name', send: () => uploadInfo(`?id=${fileId}`, { name: 'n'.repeat(256) }), field: 'fileInfo', code: 'field.too_long' },
  { label: 'a non-numeric folder in fileInfo', send: () => uploadInfo(`?id=${fileId}`, { folder: 'abc' }), field: 'fileInfo', code: 'field.invalid_id' },
  { label: 'an Upload attached to an unknown content type', send: () => uploadAttached({ ref: 'api::nope.nope', refId: '1', field: 'photo' }), field: 'ref', code: 'field.invalid' },
  { label: 'an Upload attached to a refId past int4', send: () => uploadAttached({ ref: 'plugin::newsroom.brief', refId: '99999999999', field: 'photo' }), field: 'refId', code: 'field.invalid_id' },
  { label: 'a media library filter on the polymorphic related', send: () => mediaLibrary('get', '/upload/files?filters[related][id][$eq]=1'), field: 'filters', code: 'field.invalid' },
  { label: 'a media library sort on the polymorphic related', send: () => mediaLibrary('get', '/upload/files?sort=related:asc'), field: 'sort', code: 'field.invalid' },
  { label: 'NUL in the media library search', send: () => mediaLibrary('get', '/upload/files?_q=a%00'), field: '_q', code: 'field.control_characters' },
  { label: 'a media library file id past int4', send: () => mediaLibrary('get', '/upload/files/99999999999'), field: 'id', code: 'field.invalid_id' },
  { label: 'a media library folder id past int4', send: () => mediaLibrary('get', '/upload/folders/99999999999'), field: 'id', code: 'field.invalid_id' },
  { label: 'a media library folder filter on a text id', send: () => mediaLibrary('get', '/upload/folders?filters[id][$eq]=abc'), field: 'filters', code: 'field.out_of_range' },
  { label: 'NUL in a new folder name', send: () => mediaLibrary('post', '/upload/folders', { name: `a${NUL}`, parent: null }), field: 'name', code: 'field.control_characters' },
  { label: 'a 256-character folder name', send: () => mediaLibrary('post', '/upload/folders', { name: 'f'.repeat(256), parent: null }), field: 'name', code: 'field.too_long' },
  { label: 'a folder parent past int4', send: () => mediaLibrary('post', '/upload/folders', { name: 'Parent', parent: 99999999999 }), field: 'parent', code: 'field.invalid_id' },
  { label: 'a bulk delete of a file id past int4', send: () => mediaLibrary('post', '/upload/actions/bulk-delete', { fileIds: [99999999999], folderIds: [] }), field: 'fileIds', code: 'field.invalid_id' },
  {
    label: 'a bulk move to a folder id past int4',
    send: () => mediaLibrary('post', '/upload/actions/bulk-move', { fileIds: [fileId], folderIds: [], destinationFolderId: 99999999999 }),
    field: 'destinationFolderId',
    code: 'field.invalid_id',
  },
  {
    label: 'draft-relation counts for 101 documentIds (qs gives an object past 100)',
    send: () => app.http().get(`${BRIEFS_CM}/actions/countManyEntriesDraftRelations?locale=en&${Array.from({ length: 101 }, (_, index) => `documentIds[${index}]=d${index}`).join('&')}`).set(as(adminJwt)),
    field: 'documentIds',
    code: 'field.too_many',
  },
  { label: 'NUL in a relation documentId', send: () => cmCreateBrief({ headline: 'Relation', tags: { connect: [{ documentId: `a${NUL}` }] } }), field: 'tags' },
  // Admin routes that take no query string refuse one rather than ignore it.
  { label: 'a query parameter on the settings read', send: () => app.http().get('/newsroom/settings?page[$gt]=1').set(as(adminJwt)), field: 'page', code: 'field.unknown' },
  { label: 'a query parameter on the known agencies', send: () => app.http().get('/newsroom/credit/known-agencies?locale=0x10').set(as(adminJwt)), field: 'locale', code: 'field.unknown' },
  { label: 'a query parameter on the webhook endpoints', send: () => app.http().get('/newsroom/webhooks?sort=id').set(as(adminJwt)), field: 'sort', code: 'field.unknown' },
  // Bodies that are not JSON objects, and query names the query parser drops (it would run the request without them).
  { label: 'a Content Manager create as plain text', send: () => app.http().post(`${BRIEFS_CM}?locale=en`).set(as(adminJwt)).set('Content-Type', 'text/plain').send('headline: Plain'), field: 'body', code: 'field.invalid_type' },
  { label: 'a Content Manager create as a JSON list', send: () => cmCreateBrief([{ headline: 'Listed' }]), field: 'body', code: 'field.invalid_type' },
  { label: 'a Content Manager unpublish with a JSON list', send: () => app.http().post(`${BRIEFS_CM}/${seedId}/actions/unpublish?locale=en`).set(as(adminJwt)).send([{}]), field: 'body', code: 'field.invalid_type' },
  { label: 'a Content Manager tag create as plain text', send: () => app.http().post(TAGS_CM).set(as(adminJwt)).set('Content-Type', 'text/plain').send('name: Plain'), field: 'body' },
  { label: 'a toll revision as a JSON list', send: () => appendToll([validToll()]), field: 'body', code: 'field.invalid_type' },
  { label: 'a toll revision with constructor[prototype] in the query', send: () => app.http().post(`/newsroom/briefs/${seedId}/tolls?constructor[prototype][polluted]=1`).set(as(deskJwt)).set('If-Match', '"1"').send(validToll()), field: 'constructor', code: 'field.unknown' },
  { label: '__proto__ in a list query', send: () => partner('/api/newsroom/briefs?locale=en&__proto__[x]=1'), field: '__proto__', code: 'field.unknown' },
  { label: '__proto__ in a Content Manager filter', send: () => app.http().get(`${BRIEFS_CM}?filters[__proto__][headline]=x`).set(as(adminJwt)), field: 'filters', code: 'field.unknown' },
  { label: 'a headline of zero-width characters only', send: () => cmCreateBrief({ headline: '\u200b\u200b\ufeff' }), field: 'headline', code: 'field.required' },
  { label: 'a toll source of invisible characters only', send: () => appendToll(validToll({ source: '\u200b\u200f' })), field: 'source', code: 'field.required' },
  // Row and document identities are Strapi's: a chosen id was stored as given (a taken one was a 500), a documentId moved the draft away.
  { label: 'a Content Manager create with a chosen id', send: () => cmCreateBrief({ headline: 'Chosen id', id: 999_999 }), field: 'id', code: 'field.unknown' },
  { label: 'a Content Manager create with a taken id', send: () => cmCreateBrief({ headline: 'Taken id', id: 1 }), field: 'id', code: 'field.unknown' },
  { label: 'a Content Manager update moving the draft to another documentId', send: () => cmUpdateSeed({ headline: 'Moved', documentId: 'zzzzzzzzzzzzzzzzzzzzzzzz' }), field: 'documentId', code: 'field.unknown' },
  { label: 'a Content Manager tag create with a taken id', send: () => app.http().post(TAGS_CM).set(as(adminJwt)).send({ name: 'Taken id', kind: 'subject', id: 1 }), field: 'id' },
  // Wire import, corrections and the proposed toll.
  { label: 'NUL in wire copy', send: () => app.http().post('/newsroom/import').set(as(adminJwt)).send({ text: `Headline${NUL}\n\nBody.`, language: 'en', create: true }), field: 'text' },
  { label: 'wire copy over 100 KB', send: () => app.http().post('/newsroom/import').set(as(adminJwt)).send({ text: 'a'.repeat(100 * 1024 + 1), language: 'en', create: true }), field: 'text', code: 'wire.text_too_large' },
  { label: 'wire copy as a number', send: () => app.http().post('/newsroom/import').set(as(adminJwt)).send({ text: 42, language: 'en', create: true }), field: 'text' },
  { label: 'an unknown import language', send: () => app.http().post('/newsroom/import').set(as(adminJwt)).send({ text: 'Headline\n\nBody.', language: 'de', create: true }), field: 'language' },
  { label: 'a ninjs import nested 1,000 deep', send: () => app.http().post('/newsroom/import').set(as(adminJwt)).send({ ninjs: nested(1000), language: 'en', create: true }), field: 'ninjs' },
  { label: 'a ninjs import that is a string', send: () => app.http().post('/newsroom/import').set(as(adminJwt)).send({ ninjs: 'not ninjs', language: 'en', create: true }), field: 'ninjs' },
  { label: 'NUL in a correction note', send: () => app.http().post(`/newsroom/briefs/${seedId}/corrections`).set(as(adminJwt)).send({ note: `Wrong${NUL} date` }), field: 'note' },
  { label: 'a 5000-character correction note', send: () => app.http().post(`/newsroom/briefs/${seedId}/corrections`).set(as(adminJwt)).send({ note: 'n'.repeat(5000) }), field: 'note' },
  { label: 'an unknown key in a correction body', send: () => app.http().post(`/newsroom/briefs/${seedId}/corrections`).set(as(adminJwt)).send({ note: 'Date', nots: 'x' }), field: 'nots', code: 'field.unknown' },
  { label: 'NUL in a corrections slug path', send: () => partner(`/api/newsroom/briefs/a%00b/corrections`), field: 'slug' },
  { label: 'NUL in a toll-proposal documentId', send: () => app.http().get(`/newsroom/briefs/a%00b/toll-proposal`).set(as(deskJwt)), field: 'documentId' },
  // Settings.
  { label: 'uriPrefix "not a uri"', send: () => app.http().put('/newsroom/settings').set(as(adminJwt)).send({ uriPrefix: 'not a uri' }), field: 'uriPrefix', code: 'settings.invalid_uri_prefix' },
  { label: 'publicUrl "ftp://x"', send: () => app.http().put('/newsroom/settings').set(as(adminJwt)).send({ publicUrl: 'ftp://x' }), field: 'publicUrl', code: 'field.invalid_url' },
  { label: 'a 300-character publicUrl', send: () => app.http().put('/newsroom/settings').set(as(adminJwt)).send({ publicUrl: `https://a.example/${'p'.repeat(300)}` }), field: 'publicUrl' },
  { label: 'an entitled token id past int4', send: () => app.http().put('/newsroom/settings').set(as(adminJwt)).send({ entitledTokenIds: [2 ** 31] }), field: 'entitledTokenIds' },
  { label: 'NUL in a known agency', send: () => app.http().put('/newsroom/settings').set(as(adminJwt)).send({ knownAgencies: [`AF${NUL}P`] }), field: 'knownAgencies' },
];

describe('every boundary refuses with a 4xx naming the field, and writes nothing', () => {
  test.each(cases.map((item) => [item.label, item] as const))('%s', async (_label, { send, field, status, code }) => {
    const before = await snapshot();
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    if (status) expect(response.status).toBe(status);
    if (field) {
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      const errors = response.body.error.details.errors as { path: (string | number)[]; message: string; code?: string }[];
      expect(errors.map((error) => error.path[0])).toContain(field);
      const named = errors.find((error) => error.path[0] === field) as (typeof errors)[number];
      expect(named.message.startsWith(field)).toBe(true);
      if (code) expect(named.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('what validates is stored, on both databases', () => {
  test('Content Manager filters within int4 still work', async () => {
    const response = await app.http().get(`${BRIEFS_CM}?filters[urgency][$lte]=9&filters[tags][id][$gt]=0`).set(as(adminJwt));
    expect(response.status).toBe(200);
    expect(response.body.results.length).toBeGreaterThan(0);
  });

  test("a Content Manager save carrying the document's own documentId (as its UI sends it) is stored", async () => {
    const { headline } = (await app.http().get(`${BRIEFS_CM}/${seedId}?locale=en`).set(as(adminJwt))).body.data as { headline: string };
    const response = await cmUpdateSeed({ headline, documentId: seedId });
    expect(response.status).toBe(200);
    expect(response.body.data.documentId).toBe(seedId);
  });

  test("Upload's writes and the media library still take what they always took", async () => {
  const renamed = await uploadInfo(`?id=${fileId}`, { name: 'n'.repeat(255), alternativeText: 'Strike site', caption: 'Line one\nline two', folder: null });
  expect(renamed.status).toBe(200);
  expect(renamed.body).toMatchObject({ id: fileId, alternativeText: 'Strike site', caption: 'Line one\nline two' });
  const target = await cmCreateBrief({ headline: 'A photo attached through Upload' });
  const attached = await uploadAttached({ ref: 'plugin::newsroom.brief', refId: String(target.body.data.id), field: 'photo' });
  expect(attached.status).toBe(201);
  const folder = await mediaLibrary('post', '/upload/folders', { name: 'Idleb', parent: null });
  expect(folder.status).toBe(201);
  const listed = await mediaLibrary('get', `/upload/files?page=1&pageSize=10&sort=updatedAt:DESC&filters[$and][0][folder][id][$null]=true`);
  expect(listed.status).toBe(200);
  expect(listed.body.results.length).toBeGreaterThan(0);
  const counted = await app.http().get(`${BRIEFS_CM}/actions/countManyEntriesDraftRelations?locale=en&${Array.from({ length: 100 }, (_, index) => `documentIds[${index}]=${seedId}`).join('&')}`).set(as(adminJwt));
  expect(counted.status).toBe(200);
});

test('a feed cursor at the top of int4 is a valid (empty) page', async () => {
    const response = await partner(`/api/newsroom/feed?since=${encodeCursor(2 ** 31 - 1)}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });

  test('a 300-character mayRiseReason (a text column) is stored and served', async () => {
    const reason = `${'many of the injured are in critical condition; '.repeat(7).slice(0, 299)}.`;
    expect(reason).toHaveLength(300);
    // Its own brief: the seed's toll stays at the version the refusal cases send as If-Match.
    const cm = contentManager(app, adminJwt);
    const documentId = await publishNewBrief(cm, { headline: 'Long reason toll' });
    const response = await app.http().post(`/newsroom/briefs/${documentId}/tolls`).set(as(deskJwt)).set('If-Match', '"0"').send(validToll({ mayRise: true, mayRiseReason: reason }));
    expect(response.status).toBe(201);
    const history = await partner(`/api/newsroom/briefs/${(await cm.getBrief(documentId)).body.data.slug}/tolls`);
    expect(history.body.data[history.body.data.length - 1].mayRiseReason).toBe(reason);
  });

  test('every brief field at its limit is stored, and a tag name is stored normalised', async () => {
    const fields = Object.fromEntries(OVER_LONG.filter(([field]) => field !== 'slug').map(([field, max]) => [field, 'y'.repeat(max)]));
    const created = await cmCreateBrief({ ...fields, slug: 'z'.repeat(BRIEF_LIMITS.slug), summary: `line one\nline two${'s'.repeat(BRIEF_LIMITS.summary - 17)}` });
    expect(created.status).toBe(201);
    expect(created.body.data.headline).toHaveLength(BRIEF_LIMITS.headline);
    const tag = await app.http().post(TAGS_CM).set(as(adminJwt)).send({ name: ' Ｓｙｒｉａ\u200b Ｗｅｓｔ ', kind: 'place' });
    expect(tag.status).toBe(201);
    expect(tag.body.data.name).toBe('Syria West');
  });

  test('good settings are saved: a URN or an http(s) uriPrefix, an https publicUrl', async () => {
    for (const uriPrefix of ['urn:afp:newsml:', 'https://news.example.org/briefs/']) {
      const saved = await app.http().put('/newsroom/settings').set(as(adminJwt)).send({ uriPrefix, publicUrl: 'https://news.example.org' });
      expect([uriPrefix, saved.status]).toEqual([uriPrefix, 200]);
      expect(saved.body.data.uriPrefix).toBe(uriPrefix);
    }
  });
});
