import * as React from 'react';
import { Alert, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { usePublishCorrection } from '../../hooks/useCorrections';
import { type ApiError, fieldErrorsOf, toApiError } from '../../utils/apiError';
import { useFocusFieldError } from '../../utils/focusField';
import { getTranslation } from '../../utils/getTranslation';
import { TextareaField } from '../FormFields';
import { CORRECTION_PUBLISHED_EVENT } from './correctionMessages';

interface CorrectionDialogProps {
  documentId: string;
  locale: string | null;
  onClose: () => void;
  onDone: () => void;
}

/** The body and footer of "Publish as correction": the note partners read, then the publish. */
const CorrectionDialog = ({ documentId, locale, onClose, onDone }: CorrectionDialogProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const formRef = React.useRef<HTMLFormElement>(null);
  const { toggleNotification } = useNotification();
  const unsaved = useForm('PublishCorrectionAction', (state) => state.modified);
  const publishCorrection = usePublishCorrection(documentId);
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  const noteError = fieldErrorsOf(error, intl).note;
  useFocusFieldError(error, formRef);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setIsSubmitting(true);
    setError(null);
    try {
      await publishCorrection(note.trim(), locale);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('corrections.done'), defaultMessage: 'Correction published; partners were told.' }),
      });
      window.dispatchEvent(new CustomEvent(CORRECTION_PUBLISHED_EVENT, { detail: { documentId } }));
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
          {unsaved ? (
            <Alert variant="warning" closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}>
              {formatMessage({
                id: getTranslation('corrections.unsaved'),
                defaultMessage: 'Save your changes first: a correction publishes the saved draft.',
              })}
            </Alert>
          ) : null}
          {error && !noteError ? (
            <Alert
              variant="danger"
              closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
              onClose={() => setError(null)}
            >
              {error.message}
            </Alert>
          ) : null}
          <Typography>
            {formatMessage({
              id: getTranslation('corrections.explanation'),
              defaultMessage:
                'The saved draft is published and partners are told it corrects the previous version: the note goes with the brief, the feed, webhooks and ninjs. A correction cannot be edited or deleted.',
            })}
          </Typography>
          <TextareaField
            name="note"
            label={formatMessage({ id: getTranslation('corrections.note'), defaultMessage: 'What was wrong (partners read it)' })}
            hint={formatMessage({
              id: getTranslation('corrections.note.hint'),
              defaultMessage: 'In the reader\'s words, e.g. "An earlier version said 12 people died; the toll is 11."',
            })}
            error={noteError}
            required
            value={note}
            onChange={setNote}
          />
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" type="button" onClick={onClose}>
          {formatMessage({ id: getTranslation('common.cancel'), defaultMessage: 'Cancel' })}
        </Button>
        <Button type="submit" loading={isSubmitting} disabled={unsaved || note.trim() === ''}>
          {formatMessage({ id: getTranslation('corrections.confirm'), defaultMessage: 'Publish the correction' })}
        </Button>
      </Modal.Footer>
    </form>
  );
};

export default CorrectionDialog;
