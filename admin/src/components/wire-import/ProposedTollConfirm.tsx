import * as React from 'react';
import { Alert, Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Check, Pencil } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { TollProposalResponse } from '../../../../server/src/domain/wire/import-request';
import { useAppendTollRevision } from '../../hooks/useTollDesk';
import { PERMISSIONS } from '../../pluginId';
import { type ApiError, fieldErrorsOf, toApiError } from '../../utils/apiError';
import { getTranslation } from '../../utils/getTranslation';
import { type RevisionDraft, draftFrom, draftToBody } from '../toll-desk/revisionDraft';
import { RevisionForm } from '../toll-desk/RevisionForm';
import { TollSummary } from './TollSummary';
import { useClearTollProposal, useTollProposal } from './useWireImport';
import { ModalFormFooter } from '../ModalFormFooter';

type Proposal = NonNullable<TollProposalResponse['data']>;

export interface ProposedTollConfirmProps {
  documentId: string;
  locale: string | null;
  /** The toll version the desk shows: a proposal only stands while it is 0. */
  version: number;
  /** Called once the proposal became revision 1 (the desk reloads its history). */
  onConfirmed: () => Promise<void> | void;
}

/** The proposal as the first revision of its source, as of now. */
const draftOf = (proposal: Proposal, now: Date): RevisionDraft =>
  draftFrom(
    {
      revision: 0,
      source: proposal.source ?? '',
      asOf: now.toISOString(),
      counts: proposal.counts,
      mayRise: proposal.mayRise,
      mayRiseReason: proposal.mayRiseReason,
      changeKind: 'initial',
      note: null,
      primary: false,
      createdAt: now.toISOString(),
    },
    now,
  );

/**
 * "Confirm proposed toll" in the toll desk: the toll the wire importer read out of the copy, shown until a desk chief
 * makes it revision 1 through the toll API (If-Match "0"), as is or edited. Others see it without the buttons.
 */
export const ProposedTollConfirm = ({ documentId, locale, version, onConfirmed }: ProposedTollConfirmProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { toggleNotification } = useNotification();
  const proposal = useTollProposal(documentId);
  const appendRevision = useAppendTollRevision(documentId, locale);
  const clearProposal = useClearTollProposal(documentId);
  const {
    allowedActions: { canUpdate },
  } = useRBAC(PERMISSIONS.updateTolls);
  const [draft, setDraft] = React.useState<RevisionDraft | null>(null);
  const [error, setError] = React.useState<ApiError | null>(null);
  const [busy, setBusy] = React.useState(false);

  const proposed = proposal.data?.data ?? null;
  if (version !== 0 || !proposed) return null;

  const confirm = async (revision: RevisionDraft) => {
    setBusy(true);
    setError(null);
    try {
      await appendRevision(draftToBody(revision, new Date()), 0);
      await clearProposal();
      setDraft(null);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('proposedToll.confirmed'), defaultMessage: 'Proposed toll confirmed as revision 1' }),
      });
      await onConfirmed();
      await proposal.reload();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = error?.status === 400 ? fieldErrorsOf(error, intl) : {};
  const errorAlert = error ? (
    <Alert
      variant="danger"
      closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
      title={formatMessage({ id: getTranslation('proposedToll.error'), defaultMessage: 'The proposed toll was not confirmed' })}
      onClose={() => setError(null)}
    >
      {Object.values(fieldErrors).join(' · ') || error.message}
    </Alert>
  ) : null;

  return (
    <Box background="warning100" borderColor="warning200" hasRadius padding={3} data-testid="proposed-toll">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="warning700">
          {formatMessage({ id: getTranslation('proposedToll.title'), defaultMessage: 'Proposed toll (read from the wire copy)' })}
        </Typography>
        <TollSummary source={proposed.source} counts={proposed.counts} mayRise={proposed.mayRise} mayRiseReason={proposed.mayRiseReason} />
        {proposed.correctionOf !== null ? (
          <Typography variant="pi" textColor="danger600">
            {formatMessage(
              { id: getTranslation('proposedToll.correction'), defaultMessage: 'The copy revised the figure down from {previous}' },
              { previous: proposed.correctionOf },
            )}
          </Typography>
        ) : null}
        {!draft ? errorAlert : null}
        {canUpdate ? (
          <Flex gap={2} wrap="wrap">
            <Button startIcon={<Check />} size="S" loading={busy} disabled={!proposed.source} onClick={() => void confirm(draftOf(proposed, new Date()))}>
              {formatMessage({ id: getTranslation('proposedToll.confirm'), defaultMessage: 'Confirm proposed toll' })}
            </Button>
            <Button variant="tertiary" size="S" startIcon={<Pencil />} disabled={busy} onClick={() => setDraft(draftOf(proposed, new Date()))}>
              {formatMessage({ id: getTranslation('proposedToll.edit'), defaultMessage: 'Edit, then confirm' })}
            </Button>
          </Flex>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('proposedToll.deskOnly'), defaultMessage: 'A desk chief confirms it in this panel.' })}
          </Typography>
        )}
        {canUpdate && !proposed.source ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('proposedToll.needsSource'), defaultMessage: 'The copy names no source: edit the toll to add one.' })}
          </Typography>
        ) : null}
      </Flex>

      {draft ? (
        <Modal.Root open onOpenChange={(open) => (open ? undefined : setDraft(null))}>
          <Modal.Content>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void confirm(draft);
              }}
            >
              <Modal.Header closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}>
                <Modal.Title>{formatMessage({ id: getTranslation('proposedToll.editTitle'), defaultMessage: 'Confirm the proposed toll' })}</Modal.Title>
              </Modal.Header>
              <Modal.Body>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  {errorAlert}
                  <RevisionForm draft={draft} onChange={setDraft} errors={fieldErrors} knownSources={proposed.source ? [proposed.source] : []} disabled={busy} />
                </Flex>
              </Modal.Body>
              <ModalFormFooter submitLabel={formatMessage({ id: getTranslation('proposedToll.confirm'), defaultMessage: 'Confirm proposed toll' })} busy={busy} />
            </form>
          </Modal.Content>
        </Modal.Root>
      ) : null}
    </Box>
  );
};
