import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AdminCorrectionItem, PublishedCorrection } from '../components/corrections/correctionTypes';
import { useApiResource } from './useApiResource';

/** GET /newsroom/briefs/:documentId/corrections?locale=: text and toll corrections, newest first, with who made them. */
export const useCorrectionHistory = (documentId: string, locale: string | null) =>
  useApiResource<{ data: AdminCorrectionItem[] }>(
    `/newsroom/briefs/${encodeURIComponent(documentId)}/corrections${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`,
  );

/** POST /newsroom/briefs/:documentId/corrections { note, locale }; rejects with the FetchError of a 4xx. */
export const usePublishCorrection = (documentId: string) => {
  const { post } = useFetchClient();
  return React.useCallback(
    async (note: string, locale: string | null) => {
      const response = await post<{ data: PublishedCorrection }>(`/newsroom/briefs/${encodeURIComponent(documentId)}/corrections`, {
        note,
        ...(locale ? { locale } : {}),
      });
      return response.data.data;
    },
    [documentId, post],
  );
};
