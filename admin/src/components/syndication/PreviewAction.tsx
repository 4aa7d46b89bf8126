import * as React from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Code } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useEditViewLocale } from '../../hooks/useEditViewParams';
import { BRIEF_UID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

const SyndicationPreview = React.lazy(() => import('./SyndicationPreview'));

/** "Preview syndication": the brief as ninjs, as partners would receive it (any saved brief, any reader of briefs). */
export const PreviewSyndicationAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useEditViewLocale(document);

  // Stable per brief and locale, so that re-renders of the edit view do not remount the open dialog.
  const Content = React.useMemo(() => {
    if (!documentId) return null;
    const DialogContent = ({ onClose }: { onClose: () => void }) => (
      <React.Suspense fallback={null}>
        <SyndicationPreview documentId={documentId} locale={locale} onClose={onClose} />
      </React.Suspense>
    );
    return DialogContent;
  }, [documentId, locale]);

  if (model !== BRIEF_UID || !documentId || !Content) return null;
  return {
    label: formatMessage({ id: getTranslation('preview.action'), defaultMessage: 'Preview syndication' }),
    icon: <Code />,
    position: 'panel',
    dialog: {
      type: 'modal',
      title: formatMessage({ id: getTranslation('preview.title'), defaultMessage: 'Syndication preview (ninjs)' }),
      content: Content,
    },
  };
};
PreviewSyndicationAction.displayName = 'NewsroomPreviewSyndicationAction';
