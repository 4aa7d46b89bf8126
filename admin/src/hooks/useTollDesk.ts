import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TollAppendResponse, TollCategory, TollChangeKind, TollHistoryResponse, TollQualifier } from '../types';
import { useApiResource } from './useApiResource';

/** A count as the form sends it: a missing number goes as null, for the server to name the field in its 400. */
export interface TollCountBody {
  category: TollCategory;
  qualifier: TollQualifier;
  value: number | null;
  valueMax: number | null;
  group: string | null;
  includes: { group: string; qualifier: TollQualifier; value: number | null; valueMax?: number | null }[];
}

/** The body of a toll revision (POST /newsroom/briefs/:documentId/tolls); changeKind left out = the server decides. */
export interface TollRevisionBody {
  source: string;
  asOf: string;
  counts: TollCountBody[];
  mayRise: boolean;
  mayRiseReason: string | null;
  changeKind?: TollChangeKind;
  note: string | null;
  primary: boolean;
}

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
