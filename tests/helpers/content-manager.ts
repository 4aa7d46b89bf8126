/** Content Manager admin API calls, as the admin UI makes them, with a real admin JWT. */
import type { TestStrapi } from './strapi';

const BRIEFS = '/content-manager/collection-types/plugin::newsroom.brief';
const TAGS = '/content-manager/collection-types/plugin::newsroom.tag';

export const contentManager = (app: TestStrapi, jwt: string) => {
  const auth = { Authorization: `Bearer ${jwt}` };
  return {
    createBrief: (data: Record<string, unknown>, locale = 'en') => app.http().post(`${BRIEFS}?locale=${locale}`).set(auth).send(data),
    updateBrief: (documentId: string, data: Record<string, unknown>, locale = 'en') =>
      app.http().put(`${BRIEFS}/${documentId}?locale=${locale}`).set(auth).send(data),
    publishBrief: (documentId: string, locale = 'en') => app.http().post(`${BRIEFS}/${documentId}/actions/publish?locale=${locale}`).set(auth).send({}),
    unpublishBrief: (documentId: string, locale = 'en') => app.http().post(`${BRIEFS}/${documentId}/actions/unpublish?locale=${locale}`).set(auth).send({}),
    deleteBrief: (documentId: string, locale = 'en') => app.http().delete(`${BRIEFS}/${documentId}?locale=${locale}`).set(auth),
    getBrief: (documentId: string, locale = 'en') => app.http().get(`${BRIEFS}/${documentId}?locale=${locale}`).set(auth),
    createTag: (data: Record<string, unknown>) => app.http().post(TAGS).set(auth).send(data),
    listTags: () => app.http().get(`${TAGS}?pageSize=100`).set(auth),
    countBriefs: async () => app.strapi.db.query('plugin::newsroom.brief').count({}),
  };
};

/** Creates and publishes a brief, returning its documentId. */
export const publishNewBrief = async (cm: ReturnType<typeof contentManager>, data: Record<string, unknown>, locale = 'en'): Promise<string> => {
  const created = await cm.createBrief(data, locale);
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const documentId = created.body.data.documentId as string;
  const published = await cm.publishBrief(documentId, locale);
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return documentId;
};
