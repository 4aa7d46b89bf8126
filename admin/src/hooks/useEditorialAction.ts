import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { EditorialAction, EditorialActionBody, EditorialActionResponse } from '../../../server/src/contracts/editorial';

/** POST /newsroom/briefs/:documentId/{kill,withhold,release} { reason }; rejects with the FetchError of a 4xx. */
export const useEditorialAction = (documentId: string) => {
  const { post } = useFetchClient();
  return React.useCallback(
    async (action: EditorialAction, reason: string) => {
      const body: EditorialActionBody = { reason: reason.trim() === '' ? null : reason.trim() };
      const response = await post<EditorialActionResponse>(`/newsroom/briefs/${encodeURIComponent(documentId)}/${action}`, body);
      return response.data.data;
    },
    [documentId, post],
  );
};
