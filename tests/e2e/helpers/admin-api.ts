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
