import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** "May rise", on a source's current toll and on a revision that said so. */
export const MayRiseBadge = () => {
  const { formatMessage } = useIntl();
  return (
    <Badge size="S" variant="warning">
      {formatMessage({ id: getTranslation('toll.mayRise'), defaultMessage: 'May rise' })}
    </Badge>
  );
};
