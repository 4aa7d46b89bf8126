import * as React from 'react';
import { Alert, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useEditorialAction } from '../../hooks/useEditorialAction';
import { EDITORIAL_TRANSITIONS, type EditorialAction } from '../../../../server/src/domain/brief/editorial-rules';
import { type ApiError, fieldErrorsOf, toApiError } from '../../utils/apiError';
import { useFocusFieldError } from '../../utils/focusField';
import { getTranslation } from '../../utils/getTranslation';
import { TextareaField } from '../FormFields';

interface ReasonDialogProps {
  action: EditorialAction;
  documentId: string;
  onClose: () => void;
  onDone: () => void;
}

const EXPLANATIONS = {
  kill: {
    id: getTranslation('editorial.kill.explanation'),
    defaultMessage: 'Partners are told to delete the brief in every language. This cannot be undone.',
  },
  withhold: {
    id: getTranslation('editorial.withhold.explanation'),
    defaultMessage: 'The brief disappears from the API and feeds in every language until it is released.',
  },
  release: {
    id: getTranslation('editorial.release.explanation'),
    defaultMessage: 'The brief becomes usable again in every language.',
  },
};
const CONFIRMS = {
  kill: { id: getTranslation('editorial.kill.confirm'), defaultMessage: 'Kill the brief' },
  withhold: { id: getTranslation('editorial.withhold.confirm'), defaultMessage: 'Withhold the brief' },
  release: { id: getTranslation('editorial.release.confirm'), defaultMessage: 'Release the brief' },
};
const DONE = {
  kill: { id: getTranslation('editorial.kill.done'), defaultMessage: 'Brief killed; partners were notified.' },
  withhold: { id: getTranslation('editorial.withhold.done'), defaultMessage: 'Brief withheld.' },
  release: { id: getTranslation('editorial.release.done'), defaultMessage: 'Brief released.' },
};

/** The body and footer of the kill / withhold / release modal: the reason partners will read, then the call. */
const ReasonDialog = ({ action, documentId, onClose, onDone }: ReasonDialogProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const formRef = React.useRef<HTMLFormElement>(null);
  const { toggleNotification } = useNotification();
  const applyAction = useEditorialAction(documentId);
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  const { needsReason } = EDITORIAL_TRANSITIONS[action];
  const reasonError = fieldErrorsOf(error, intl).reason;
  useFocusFieldError(error, formRef);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setIsSubmitting(true);
    setError(null);
    try {
      await applyAction(action, reason);
      toggleNotification({ type: 'success', message: formatMessage(DONE[action]) });
      onDone();
      onClose();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {error && !reasonError ? (
            <Alert
              variant="danger"
              closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
              onClose={() => setError(null)}
            >
              {error.message}
            </Alert>
          ) : null}
          <Typography>{formatMessage(EXPLANATIONS[action])}</Typography>
          <TextareaField
            name="reason"
            label={
              needsReason
                ? formatMessage({ id: getTranslation('editorial.reason'), defaultMessage: 'Reason (partners read it)' })
                : formatMessage({ id: getTranslation('editorial.reason.optional'), defaultMessage: 'Note (optional)' })
            }
            error={reasonError}
            required={needsReason}
            value={reason}
            onChange={setReason}
          />
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" type="button" onClick={onClose}>
          {formatMessage({ id: getTranslation('common.cancel'), defaultMessage: 'Cancel' })}
        </Button>
        <Button
          type="submit"
          variant={action === 'release' ? 'default' : 'danger'}
          loading={isSubmitting}
          disabled={needsReason && reason.trim() === ''}
        >
          {formatMessage(CONFIRMS[action])}
        </Button>
      </Modal.Footer>
    </form>
  );
};

export default ReasonDialog;
