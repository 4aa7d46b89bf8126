import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ClearTollProposalResponse, TollProposalResponse, WireImportBody, WireImportResponse } from '../../../../server/src/contracts/wire-import';
import { useApiResource } from '../../hooks/useApiResource';

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
    await del<ClearTollProposalResponse>(proposalPath(documentId));
  }, [del, documentId]);
};
