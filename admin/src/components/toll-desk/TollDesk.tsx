import * as React from 'react';
import { Alert, Badge, Box, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useAppendTollRevision, useTollHistory } from '../../hooks/useTollDesk';
import { PERMISSIONS } from '../../pluginId';
import type { NewerHigherFigure, TollConsistencyWarning } from '../../../../server/src/contracts/tolls';
import type { Toll } from '../../../../server/src/domain/contract';
import { type ApiError, fieldErrorsOf, firstErrorPath, toApiError } from '../../utils/apiError';
import { focusErrorField } from '../../utils/focusField';
import { formatDateTime, formatTimeOfDay } from '../../utils/dates';
import { getTranslation } from '../../utils/getTranslation';
import { MayRiseBadge } from './MayRiseBadge';
import { NewerFigureMessage } from './NewerFigureMessage';
import { type RevisionDraft, draftFrom, draftToBody, formFieldPaths } from './revisionDraft';
import { RevisionForm } from './RevisionForm';
import { CATEGORY_LABELS } from './tollMessages';
import { TollHistory } from './TollHistory';
import { ProposedTollConfirm } from '../wire-import/ProposedTollConfirm';
import { ModalFormFooter } from '../ModalFormFooter';

export interface TollDeskProps {
  documentId: string;
  locale: string | null;
  /** The brief's `updatedAt`: when the editor saves, warnings about the headline and summary are re-checked. */
  savedAt?: string;
}

/** The side panel's content: current toll per source, consistency warnings, history, and the add-a-revision form. */
const TollDesk = ({ documentId, locale, savedAt }: TollDeskProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { toggleNotification } = useNotification();
  const history = useTollHistory(documentId, locale);
  const appendRevision = useAppendTollRevision(documentId, locale);
  const {
    allowedActions: { canUpdate },
  } = useRBAC(PERMISSIONS.updateTolls);
  const [draft, setDraft] = React.useState<RevisionDraft | null>(null);
  const [submitError, setSubmitError] = React.useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  const errorRef = React.useRef<HTMLDivElement>(null);
  const formRef = React.useRef<HTMLFormElement>(null);

  const { reload } = history;
  const firstSavedAt = React.useRef(savedAt);
  React.useEffect(() => {
    if (savedAt !== firstSavedAt.current) void reload();
  }, [savedAt, reload]);

  // The form may be scrolled down to the Save button: bring the field the server named into view and focus it,
  // else the conflict or error message.
  React.useEffect(() => {
    if (!submitError) return;
    if (submitError.status === 400 && focusErrorField(formRef.current, firstErrorPath(submitError))) return;
    errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [submitError]);

  if (history.isLoading) {
    return (
      <Flex justifyContent="center" padding={2}>
        <Loader small>{formatMessage({ id: getTranslation('tollDesk.loading'), defaultMessage: 'Loading the toll…' })}</Loader>
      </Flex>
    );
  }
  if (!history.data) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography textColor="danger600" variant="pi">
          {formatMessage(
            { id: getTranslation('tollDesk.loadError'), defaultMessage: 'The toll could not be loaded: {message}' },
            { message: history.error?.message ?? '' },
          )}
        </Typography>
        <Button variant="tertiary" size="S" onClick={() => void history.reload()}>
          {formatMessage({ id: getTranslation('common.retry'), defaultMessage: 'Retry' })}
        </Button>
      </Flex>
    );
  }

  const revisions = history.data.data;
  const displayedVersion = history.data.meta.version;
  const { toll, warnings } = history.data.meta;
  const newerFigures = history.data.meta.newerFigures ?? [];
  const knownSources = [...new Set(revisions.map((revision) => revision.source))];
  const fieldErrors = submitError?.status === 400 ? fieldErrorsOf(submitError, intl) : {};
  const shownPaths = draft ? formFieldPaths(draft) : new Set<string>();
  const unplacedErrors = Object.entries(fieldErrors)
    .filter(([path]) => !shownPaths.has(path))
    .map(([, message]) => message);

  const openForm = () => {
    const primarySource = toll?.primarySource;
    const latest = revisions.find((revision) => revision.source === primarySource) ?? revisions[0];
    setSubmitError(null);
    setDraft(draftFrom(latest, new Date()));
  };

  const closeForm = () => {
    setDraft(null);
    setSubmitError(null);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setIsSubmitting(true);
    setSubmitError(null);
    try {
      const { revision } = await appendRevision(draftToBody(draft, new Date()), displayedVersion);
      closeForm();
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('tollDesk.saved'), defaultMessage: 'Revision {revision} saved' },
          { revision: revision.revision },
        ),
      });
      await history.reload();
    } catch (error) {
      // The typed values stay in `draft`: a conflict or a field error never clears the form.
      setSubmitError(toApiError(error));
    } finally {
      setIsSubmitting(false);
    }
  };

  const reloadAfterConflict = async () => {
    await history.reload();
    setSubmitError(null);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      {warnings.length > 0 ? <ConsistencyWarnings warnings={warnings} /> : null}
      {newerFigures.length > 0 ? <NewerFigureWarnings figures={newerFigures} /> : null}

      <CurrentToll toll={toll} />

      <ProposedTollConfirm documentId={documentId} locale={locale} version={displayedVersion} onConfirmed={history.reload} />

      {canUpdate ? (
        <Button variant="secondary" startIcon={<Plus />} onClick={openForm} fullWidth>
          {formatMessage({ id: getTranslation('tollDesk.addRevision'), defaultMessage: 'Add a revision' })}
        </Button>
      ) : null}

      <TollHistory revisions={revisions} />

      {draft ? (
        <Modal.Root open onOpenChange={(open) => (open ? undefined : closeForm())}>
          <Modal.Content>
            <form
              ref={formRef}
              onSubmit={submit}
              noValidate
              aria-label={formatMessage({ id: getTranslation('revision.title'), defaultMessage: 'New toll revision' })}
            >
              <Modal.Header closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}>
                <Modal.Title>{formatMessage({ id: getTranslation('revision.title'), defaultMessage: 'New toll revision' })}</Modal.Title>
              </Modal.Header>
              <Modal.Body>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  {submitError ? (
                    <div ref={errorRef}>
                      <SubmitErrorAlert
                        error={submitError}
                        unplacedErrors={unplacedErrors}
                        onReload={reloadAfterConflict}
                        onClose={() => setSubmitError(null)}
                      />
                    </div>
                  ) : null}
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      { id: getTranslation('revision.basedOn'), defaultMessage: 'Based on toll version {version}' },
                      { version: displayedVersion },
                    )}
                  </Typography>
                  <RevisionForm
                    draft={draft}
                    onChange={setDraft}
                    errors={fieldErrors}
                    knownSources={knownSources}
                    toll={toll}
                    disabled={isSubmitting}
                  />
                </Flex>
              </Modal.Body>
              <ModalFormFooter submitLabel={formatMessage({ id: getTranslation('revision.submit'), defaultMessage: 'Save revision' })} busy={isSubmitting} />
            </form>
          </Modal.Content>
        </Modal.Root>
      ) : null}
    </Flex>
  );
};

const CurrentToll = ({ toll }: { toll: Toll | null }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const sources = toll?.sources ?? [];

  if (sources.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('tollDesk.noToll'), defaultMessage: 'No toll yet.' })}
      </Typography>
    );
  }

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={2}
      aria-label={formatMessage({ id: getTranslation('tollDesk.current'), defaultMessage: 'Current toll' })}
      role="region"
    >
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: getTranslation('tollDesk.current'), defaultMessage: 'Current toll' })}
      </Typography>
      {sources.map((source) => (
        <Box key={source.source} padding={3} background="neutral100" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Flex gap={2} wrap="wrap">
              <Typography variant="omega" fontWeight="bold">
                {source.source}
              </Typography>
              {toll && toll.primarySource === source.source && toll.sources.length > 1 ? (
                <Badge size="S">{formatMessage({ id: getTranslation('tollDesk.primary'), defaultMessage: 'Primary' })}</Badge>
              ) : null}
              {source.mayRise ? <MayRiseBadge /> : null}
            </Flex>
            <Typography variant="omega" data-testid="toll-text">
              {source.text}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                { id: getTranslation('tollDesk.asOf'), defaultMessage: 'As of {date}' },
                { date: formatDateTime(intl, source.asOf) },
              )}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};

const FIELD_LABELS = {
  headline: { id: getTranslation('tollDesk.warning.headline'), defaultMessage: 'headline' },
  summary: { id: getTranslation('tollDesk.warning.summary'), defaultMessage: 'summary' },
};

/** A labelled region of warning boxes. */
const WarningList = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2} role="region" aria-label={label}>
    {children}
  </Flex>
);

/** One warning, amber (`warning`) or red (`danger`). */
const WarningBox = ({ tone, testId, children }: { tone: 'warning' | 'danger'; testId?: string; children: React.ReactNode }) => (
  <Box padding={3} background={`${tone}100`} borderColor={`${tone}200`} hasRadius>
    <Typography variant="pi" textColor={`${tone}700`} data-testid={testId}>
      {children}
    </Typography>
  </Box>
);

const ConsistencyWarnings = ({ warnings }: { warnings: TollConsistencyWarning[] }) => {
  const { formatMessage, formatNumber } = useIntl();
  return (
    <WarningList label={formatMessage({ id: getTranslation('tollDesk.warnings'), defaultMessage: 'Toll consistency' })}>
      {warnings.map((warning) => (
        <WarningBox key={`${warning.field}-${warning.category}-${warning.stated}`} tone="warning">
          {formatMessage(
            {
              id: getTranslation('tollDesk.warning'),
              defaultMessage: 'The {field} says {stated} {category}; the toll says {current}.',
            },
            {
              field: formatMessage(FIELD_LABELS[warning.field]),
              stated: formatNumber(warning.stated),
              current: formatNumber(warning.current),
              category: formatMessage(CATEGORY_LABELS[warning.category]),
            },
          )}
        </WarningBox>
      ))}
    </WarningList>
  );
};

const NewerFigureWarnings = ({ figures }: { figures: NewerHigherFigure[] }) => {
  const { formatMessage } = useIntl();
  return (
    <WarningList label={formatMessage({ id: getTranslation('tollDesk.newerFigures'), defaultMessage: 'Primary figure outdated' })}>
      {figures.map((figure) => (
        <WarningBox key={`${figure.source}-${figure.category}`} tone="danger" testId="newer-figure">
          <NewerFigureMessage figure={figure} />
        </WarningBox>
      ))}
    </WarningList>
  );
};

interface SubmitErrorAlertProps {
  error: ApiError;
  /** 400 messages whose field is not on the form. */
  unplacedErrors: string[];
  onReload: () => Promise<void>;
  onClose: () => void;
}

const SubmitErrorAlert = ({ error, unplacedErrors, onReload, onClose }: SubmitErrorAlertProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const closeLabel = formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' });

  if (error.status === 412) {
    const changedBy = typeof error.details.changedBy === 'string' ? error.details.changedBy : null;
    const changedAt =
      typeof error.details.changedAt === 'string' ? formatTimeOfDay(intl, error.details.changedAt) : '';
    return (
      <Alert
        variant="warning"
        closeLabel={closeLabel}
        onClose={onClose}
        title={formatMessage({ id: getTranslation('revision.conflict.title'), defaultMessage: 'Conflict' })}
        action={
          <Button variant="secondary" size="S" type="button" onClick={() => void onReload()}>
            {formatMessage({ id: getTranslation('revision.conflict.reload'), defaultMessage: 'Reload the toll' })}
          </Button>
        }
      >
        {changedBy
          ? formatMessage(
              { id: getTranslation('revision.conflict'), defaultMessage: 'Toll changed by {name} at {time}; reload to see it.' },
              { name: changedBy, time: changedAt },
            )
          : formatMessage(
              { id: getTranslation('revision.conflict.anonymous'), defaultMessage: 'Toll changed at {time}; reload to see it.' },
              { time: changedAt },
            )}
      </Alert>
    );
  }
  let message = error.message;
  if (error.status === 400 && Array.isArray(error.details.errors)) {
    message =
      unplacedErrors.length > 0
        ? unplacedErrors.join(' · ')
        : formatMessage({ id: getTranslation('revision.invalid'), defaultMessage: 'Some fields need fixing (see below).' });
  } else if (error.status === 403) {
    message = formatMessage({ id: getTranslation('revision.forbidden'), defaultMessage: 'You are not allowed to update tolls.' });
  }
  return (
    <Alert
      variant="danger"
      closeLabel={closeLabel}
      onClose={onClose}
      title={formatMessage({ id: getTranslation('revision.error'), defaultMessage: 'Not saved' })}
    >
      {message}
    </Alert>
  );
};

export default TollDesk;
