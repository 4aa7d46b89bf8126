import * as React from 'react';
import { Button } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { BRIEF_UID, PERMISSIONS } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

// The import screen is its own chunk: list views of other content types never load it.
const ImportWireModal = React.lazy(() => import('./ImportWireModal'));

/** "Import wire copy" in the brief list view's header (injection zone listView.actions), for who may create briefs. */
export const ImportWireAction = () => {
  const { formatMessage } = useIntl();
  const { slug } = useParams<{ slug: string }>();
  const [open, setOpen] = React.useState(false);
  const {
    allowedActions: { canCreate },
  } = useRBAC(PERMISSIONS.createBriefs);
  if (slug !== BRIEF_UID || !canCreate) return null;

  return (
    <>
      <Button variant="secondary" startIcon={<Feather />} onClick={() => setOpen(true)}>
        {formatMessage({ id: getTranslation('wireImport.action'), defaultMessage: 'Import wire copy' })}
      </Button>
      {open ? (
        <React.Suspense fallback={null}>
          <ImportWireModal onClose={() => setOpen(false)} />
        </React.Suspense>
      ) : null}
    </>
  );
};
