import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { LazyPanelBody } from '../LazyPanelBody';
import { useEditViewLocale } from '../../hooks/useEditViewParams';
import { BRIEF_UID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

// The panel's body is a separate chunk: the edit views of other content types never load it.
const TollDesk = React.lazy(() => import('./TollDesk'));

/** "Toll desk" side panel of the brief edit view (saved briefs only: a toll belongs to a documentId). */
export const TollDeskPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useEditViewLocale(document);
  if (model !== BRIEF_UID || !documentId) return null;

  return {
    title: formatMessage({ id: getTranslation('tollDesk.title'), defaultMessage: 'Toll desk' }),
    content: (
      <LazyPanelBody>
        <TollDesk
          key={`${documentId}:${locale ?? ''}`}
          documentId={documentId}
          locale={locale}
          savedAt={typeof document?.updatedAt === 'string' ? document.updatedAt : undefined}
        />
      </LazyPanelBody>
    ),
  };
};
