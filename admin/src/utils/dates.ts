/**
 * Every date the plugin's admin shows, written once: the admin locale's own date format, its 12- or 24-hour clock
 * (en "Mar 5, 2020, 11:00 AM UTC", fr "5 mars 2020, 11:00 UTC"), and always the time zone, through react-intl.
 */
import type { IntlShape } from 'react-intl';

type DateInput = string | number | Date;

/** Date and time with the zone: "Mar 5, 2020, 11:00 AM GMT+1" / "5 mars 2020, 11:00 UTC+1". */
export const DATE_TIME_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** Date and time to the second, with the zone (delivery logs). */
export const DATE_TIME_SECONDS_FORMAT: Intl.DateTimeFormatOptions = { ...DATE_TIME_FORMAT, second: '2-digit' };

/** Time of day with the zone: "11:00 AM UTC" / "11:00 UTC". */
export const TIME_FORMAT: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

const valid = (value: DateInput) => !Number.isNaN(new Date(value).getTime());

/** A date and time in the admin's locale with its zone; the input as given when it is not a date. */
export const formatDateTime = (intl: Pick<IntlShape, 'formatDate'>, value: DateInput, options: Intl.DateTimeFormatOptions = DATE_TIME_FORMAT): string =>
  valid(value) ? intl.formatDate(value, options) : String(value);

/** A time of day in the admin's locale with its zone. */
export const formatTimeOfDay = (intl: Pick<IntlShape, 'formatDate'>, value: DateInput): string => formatDateTime(intl, value, TIME_FORMAT);
