/** The admin REST API as the super admin, for test data the scenarios do not create through the UI. */
import { DEMO_PASSWORD, USERS } from './browser';

export interface AdminApi {
  request: <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: T }>;
}

export const adminApi = async (baseUrl: string): Promise<AdminApi> => {
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: USERS.admin, password: DEMO_PASSWORD }),
  });
  const { data } = (await login.json()) as { data?: { token?: string; accessToken?: string } };
  const token = data?.token ?? data?.accessToken;
  if (!token) throw new Error(`admin login failed (${login.status})`);
  return {
    async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
  };
};

export interface CmBrief {
  documentId: string;
  headline: string;
  status?: string;
}

export const BRIEFS_PATH = '/content-manager/collection-types/plugin::newsroom.brief';

export const findBriefByHeadline = async (api: AdminApi, headline: string, locale = 'en'): Promise<CmBrief> => {
  const { body } = await api.request<{ results: CmBrief[] }>('GET', `${BRIEFS_PATH}?locale=${locale}&pageSize=100`);
  const brief = body.results.find((candidate) => candidate.headline === headline);
  if (!brief) throw new Error(`no brief "${headline}" in ${locale}`);
  return brief;
};

/** A new draft brief in `locale` (the Content Manager's create); resolves with its documentId. */
export const createBrief = async (api: AdminApi, fields: Record<string, unknown>, locale = 'en'): Promise<string> => {
  const { status, body } = await api.request<{ data?: { documentId?: string } }>('POST', `${BRIEFS_PATH}?locale=${locale}`, fields);
  const documentId = body?.data?.documentId;
  if (status !== 201 || !documentId) throw new Error(`creating brief ${JSON.stringify(fields)} answered ${status}: ${JSON.stringify(body)}`);
  return documentId;
};

/** Publishes the `locale` version of a brief (the Content Manager's Publish). */
export const publishBrief = async (api: AdminApi, documentId: string, locale = 'en'): Promise<void> => {
  const { status, body } = await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=${locale}`, {});
  if (status !== 200) throw new Error(`publishing brief ${documentId} (${locale}) answered ${status}: ${JSON.stringify(body)}`);
};

/** Appends a toll revision on top of the brief's current toll version (read first, sent as If-Match); resolves with the new version. */
export const addTollRevision = async (api: AdminApi, documentId: string, revision: Record<string, unknown>, locale = 'en'): Promise<number> => {
  const tolls = `/newsroom/briefs/${documentId}/tolls?locale=${locale}`;
  const { body: history } = await api.request<{ meta: { version: number } }>('GET', tolls);
  const { status, body } = await api.request('POST', tolls, revision, { 'If-Match': `"${history.meta.version}"` });
  if (status !== 201) throw new Error(`toll revision on ${documentId} answered ${status}: ${JSON.stringify(body)}`);
  return history.meta.version + 1;
};
