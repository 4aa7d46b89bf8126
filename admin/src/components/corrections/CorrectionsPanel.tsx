import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { LazyPanelBody } from '../LazyPanelBody';
import { useEditViewLocale } from '../../hooks/useEditViewParams';
import { BRIEF_UID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

// A separate chunk: the edit views of other content types never load it.
const CorrectionsHistory = React.lazy(() => import('./CorrectionsHistory'));

/** "Corrections" side panel of the brief edit view: text and toll corrections of this locale, newest first. */
export const CorrectionsPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useEditViewLocale(document);
  if (model !== BRIEF_UID || !documentId) return null;

  return {
    title: formatMessage({ id: getTranslation('corrections.panel'), defaultMessage: 'Corrections' }),
    content: (
      <LazyPanelBody>
        <CorrectionsHistory key={`${documentId}:${locale ?? ''}`} documentId={documentId} locale={locale} />
      </LazyPanelBody>
    ),
  };
};
