import { useIntl } from 'react-intl';
import { formatDateTime } from '../utils/dates';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago" / "il y a 5 minutes" (seconds read as "now"); the full date in the tooltip. */
export const RelativeAge = ({ timestamp, now = Date.now() }: { timestamp: string; now?: number }) => {
  const intl = useIntl();
  const elapsed = new Date(timestamp).getTime() - now;
  const [unit, size] = UNITS.find(([, unitSize]) => Math.abs(elapsed) >= unitSize) ?? ['second', 1_000];
  const text =
    unit === 'second'
      ? intl.formatRelativeTime(0, 'second', { numeric: 'auto' })
      : intl.formatRelativeTime(Math.round(elapsed / size), unit, { numeric: 'auto' });
  return (
    <time dateTime={timestamp} title={formatDateTime(intl, timestamp)}>
      {text}
    </time>
  );
};
