import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TollAppendResponse, TollHistoryResponse, TollRevisionBody } from '../../../server/src/contracts/tolls';
import { useApiResource } from './useApiResource';

const tollsPath = (documentId: string, locale: string | null) =>
  `/newsroom/briefs/${encodeURIComponent(documentId)}/tolls${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`;

/** Toll history, current toll and consistency warnings of a brief; not polled, so If-Match stays what the desk saw. */
export const useTollHistory = (documentId: string, locale: string | null) =>
  useApiResource<TollHistoryResponse>(tollsPath(documentId, locale));

/** Appends a revision with `If-Match: "<version the desk displayed>"`; rejects with the FetchError of a 4xx. */
export const useAppendTollRevision = (documentId: string, locale: string | null) => {
  const { post } = useFetchClient();
  return React.useCallback(
    async (body: TollRevisionBody, displayedVersion: number) => {
      const response = await post<TollAppendResponse>(tollsPath(documentId, locale), body, {
        headers: { 'If-Match': `"${displayedVersion}"` },
      });
      return response.data.data;
    },
    [documentId, locale, post],
  );
};
