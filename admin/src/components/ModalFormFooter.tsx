import { Button, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

interface ModalFormFooterProps {
  /** What the submit button does, in the user's language ("Save revision"). */
  submitLabel: string;
  busy: boolean;
  disabled?: boolean;
}

/** The footer of a modal form: Cancel closes the modal, the submit button submits the form around it. */
export const ModalFormFooter = ({ submitLabel, busy, disabled = false }: ModalFormFooterProps) => {
  const { formatMessage } = useIntl();
  return (
    <Modal.Footer>
      <Modal.Close>
        <Button variant="tertiary" type="button">
          {formatMessage({ id: getTranslation('common.cancel'), defaultMessage: 'Cancel' })}
        </Button>
      </Modal.Close>
      <Button type="submit" loading={busy} disabled={disabled}>
        {submitLabel}
      </Button>
    </Modal.Footer>
  );
};
