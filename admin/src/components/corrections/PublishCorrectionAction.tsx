import * as React from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Pencil } from '@strapi/icons';
import { unstable_useDocument as useDocument, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useEditViewLocale, useEditViewParams } from '../../hooks/useEditViewParams';
import { BRIEF_UID, PERMISSIONS } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

const CorrectionDialog = React.lazy(() => import('./CorrectionDialog'));

/**
 * "Publish as correction": offered on a live, usable brief whose saved draft differs from what partners have
 * (status "modified"), to editors who may update and publish it. The dialog asks for the note partners read.
 */
export const PublishCorrectionAction: DocumentActionComponent = ({ model, documentId, document, collectionType }) => {
  const { formatMessage } = useIntl();
  const {
    allowedActions: { canUpdate, canPublish },
  } = useRBAC(PERMISSIONS.publishCorrections);
  const params = useEditViewParams();
  const { refetch } = useDocument({ collectionType, model, documentId, params }, { skip: model !== BRIEF_UID || !documentId });
  const refetchRef = React.useRef(refetch);
  refetchRef.current = refetch;
  const locale = useEditViewLocale(document);

  // Stable per brief and locale: a new component type on each render would remount the dialog and lose the note.
  const Content = React.useMemo(() => {
    if (!documentId) return null;
    const DialogContent = ({ onClose }: { onClose: () => void }) => (
      <React.Suspense fallback={null}>
        <CorrectionDialog documentId={documentId} locale={locale} onClose={onClose} onDone={() => refetchRef.current()} />
      </React.Suspense>
    );
    return DialogContent;
  }, [documentId, locale]);

  if (model !== BRIEF_UID || !documentId || !Content || !canUpdate || !canPublish) return null;
  if (document?.status !== 'modified' || document?.editorialStatus !== 'usable') return null;

  return {
    label: formatMessage({ id: getTranslation('corrections.action'), defaultMessage: 'Publish as correction' }),
    icon: <Pencil />,
    position: 'panel',
    dialog: {
      type: 'modal',
      title: formatMessage({ id: getTranslation('corrections.title'), defaultMessage: 'Publish as a correction' }),
      content: Content,
    },
  };
};
PublishCorrectionAction.displayName = 'NewsroomPublishCorrectionAction';
