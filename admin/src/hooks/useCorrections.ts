import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CorrectionHistoryResponse, PublishCorrectionBody, PublishCorrectionResponse } from '../../../server/src/contracts/corrections';
import { useApiResource } from './useApiResource';

/** GET /newsroom/briefs/:documentId/corrections?locale=: text and toll corrections, newest first, with who made them. */
export const useCorrectionHistory = (documentId: string, locale: string | null) =>
  useApiResource<CorrectionHistoryResponse>(
    `/newsroom/briefs/${encodeURIComponent(documentId)}/corrections${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`,
  );

/** POST /newsroom/briefs/:documentId/corrections { note, locale }; rejects with the FetchError of a 4xx. */
export const usePublishCorrection = (documentId: string) => {
  const { post } = useFetchClient();
  return React.useCallback(
    async (note: string, locale: string | null) => {
      const body: PublishCorrectionBody = { note, ...(locale ? { locale } : {}) };
      const response = await post<PublishCorrectionResponse>(`/newsroom/briefs/${encodeURIComponent(documentId)}/corrections`, body);
      return response.data.data;
    },
    [documentId, post],
  );
};
