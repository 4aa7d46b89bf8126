import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TollProposalResponse, WireDraftEdits, WireImportResponse } from '../../../../server/src/domain/wire/import-request';
import type { WireLanguageHint } from '../../../../server/src/domain/wire/types';
import { useApiResource } from '../../hooks/useApiResource';

export interface WireImportBody {
  text: string;
  language: WireLanguageHint;
  create?: boolean;
  edits?: WireDraftEdits;
}

/** POST /newsroom/import: the preview (nothing written) or, with `create: true`, the draft; rejects with the FetchError of a 4xx. */
export const useWireImport = () => {
  const { post } = useFetchClient();
  return React.useCallback(async (body: WireImportBody) => (await post<WireImportResponse>('/newsroom/import', body)).data.data, [post]);
};

const proposalPath = (documentId: string) => `/newsroom/briefs/${encodeURIComponent(documentId)}/toll-proposal`;

/** The toll the importer proposed for this brief (null once the brief has a toll). */
export const useTollProposal = (documentId: string) => useApiResource<TollProposalResponse>(proposalPath(documentId));

/** Clears the proposal once the desk turned it into revision 1. */
export const useClearTollProposal = (documentId: string) => {
  const { del } = useFetchClient();
  return React.useCallback(async () => {
    await del(proposalPath(documentId));
  }, [del, documentId]);
};
