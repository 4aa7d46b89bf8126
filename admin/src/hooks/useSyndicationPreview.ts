import type { NinjsVersionSetting } from '../../../server/src/contracts/settings';
import type { SyndicationPreviewResponse } from '../../../server/src/contracts/syndication-preview';
import { useApiResource } from './useApiResource';

export interface PreviewOptions {
  locale: string | null;
  /** null = the settings' default version. */
  version: NinjsVersionSetting | null;
  newsroomProfile: boolean;
}

/** GET /newsroom/briefs/:documentId/ninjs: the brief (its draft) as partners would get it once published, with its corrections. */
export const useSyndicationPreview = (documentId: string, { locale, version, newsroomProfile }: PreviewOptions) => {
  const query = new URLSearchParams();
  if (locale) query.set('locale', locale);
  if (version) query.set('version', version);
  if (newsroomProfile) query.set('profile', 'newsroom');
  const search = query.toString();
  return useApiResource<SyndicationPreviewResponse>(
    `/newsroom/briefs/${encodeURIComponent(documentId)}/ninjs${search ? `?${search}` : ''}`,
  );
};
