/** Toll desk admin API calls with a real admin JWT. */
import type { TestStrapi } from './strapi';

export const SEED_EXTERNAL_ID = 'seed-afp-idleb-2020-03-05';

export const seedDocumentId = async (app: TestStrapi): Promise<string> =>
  ((await app.strapi.db.query('plugin::newsroom.brief').findOne({ where: { externalId: SEED_EXTERNAL_ID } })) as { documentId: string }).documentId;

export const killedCount = (value: number, qualifier = 'at-least', includes: unknown[] = []) => ({
  category: 'killed',
  value,
  qualifier,
  group: 'civilians',
  includes,
});

export const tollDesk = (app: Pick<TestStrapi, 'http'>, jwt: string) => ({
  history: (documentId: string, locale = 'en') =>
    app.http().get(`/newsroom/briefs/${documentId}/tolls?locale=${locale}`).set('Authorization', `Bearer ${jwt}`),
  append: (documentId: string, body: unknown, ifMatch: string | null) => {
    const call = app.http().post(`/newsroom/briefs/${documentId}/tolls`).set('Authorization', `Bearer ${jwt}`);
    return (ifMatch === null ? call : call.set('If-Match', ifMatch)).send(body as object);
  },
});
