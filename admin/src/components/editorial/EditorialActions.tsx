import * as React from 'react';
import type { DocumentActionComponent, DocumentActionProps } from '@strapi/content-manager/strapi-admin';
import { Cross, EyeStriked, Eye } from '@strapi/icons';
import { unstable_useDocument as useDocument, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useEditViewParams } from '../../hooks/useEditViewParams';
import { BRIEF_UID, PERMISSIONS } from '../../pluginId';
import { type EditorialAction, isEditorialAllowed, isEditorialStatus } from '../../../../server/src/domain/brief/editorial-rules';
import { getTranslation } from '../../utils/getTranslation';

const ReasonDialog = React.lazy(() => import('./ReasonDialog'));

const LABELS = {
  kill: { id: getTranslation('editorial.kill'), defaultMessage: 'Kill' },
  withhold: { id: getTranslation('editorial.withhold'), defaultMessage: 'Withhold' },
  release: { id: getTranslation('editorial.release'), defaultMessage: 'Release' },
};
const TITLES = {
  kill: { id: getTranslation('editorial.kill.title'), defaultMessage: 'Kill this brief' },
  withhold: { id: getTranslation('editorial.withhold.title'), defaultMessage: 'Withhold this brief' },
  release: { id: getTranslation('editorial.release.title'), defaultMessage: 'Release this brief' },
};
const ICONS = { kill: <Cross />, withhold: <EyeStriked />, release: <Eye /> };

const useEditorialActionDescription = (action: EditorialAction, { model, documentId, document, collectionType }: DocumentActionProps) => {
  const { formatMessage } = useIntl();
  const {
    allowedActions: { canKill },
  } = useRBAC(PERMISSIONS.killBriefs);
  const params = useEditViewParams();
  const { refetch } = useDocument({ collectionType, model, documentId, params }, { skip: model !== BRIEF_UID || !documentId });
  const refetchRef = React.useRef(refetch);
  refetchRef.current = refetch;

  // Stable per brief: a new component type on each render would remount the dialog and lose the typed reason.
  const Content = React.useMemo(() => {
    if (!documentId) return null;
    const DialogContent = ({ onClose }: { onClose: () => void }) => (
      <React.Suspense fallback={null}>
        <ReasonDialog action={action} documentId={documentId} onClose={onClose} onDone={() => refetchRef.current()} />
      </React.Suspense>
    );
    return DialogContent;
  }, [action, documentId]);

  const status = document?.editorialStatus;
  // Kill, withhold and release act on the live brief: a brief never published has none.
  const isLive = document?.status === 'published' || document?.status === 'modified';
  if (model !== BRIEF_UID || !documentId || !Content || !canKill || !isLive || !isEditorialStatus(status)) return null;
  if (!isEditorialAllowed(action, status)) return null;

  return {
    label: formatMessage(LABELS[action]),
    icon: ICONS[action],
    variant: action === 'release' ? ('secondary' as const) : ('danger' as const),
    position: 'panel' as const,
    dialog: { type: 'modal' as const, title: formatMessage(TITLES[action]), content: Content },
  };
};

export const KillAction: DocumentActionComponent = (props) => useEditorialActionDescription('kill', props);
KillAction.displayName = 'NewsroomKillAction';

export const WithholdAction: DocumentActionComponent = (props) => useEditorialActionDescription('withhold', props);
WithholdAction.displayName = 'NewsroomWithholdAction';

export const ReleaseAction: DocumentActionComponent = (props) => useEditorialActionDescription('release', props);
ReleaseAction.displayName = 'NewsroomReleaseAction';

export const EDITORIAL_ACTIONS = [WithholdAction, ReleaseAction, KillAction];
