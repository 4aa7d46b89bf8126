/**
 * The one place the admin turns a server field error into a sentence for the desk, in the user's language: the stable
 * `code` and `params` of `details.errors[]` (server/src/domain/error-codes.ts, README "Errors") pick a translated
 * message (en.json / fr.json, `error.<code>`); an unknown code falls back to the server's English `message`.
 * Every form that shows server errors goes through `fieldErrorsOf(error, intl)` (utils/apiError.ts), which uses this.
 */
import type { IntlShape, MessageDescriptor } from 'react-intl';
import type { ErrorCode } from '../../../server/src/domain/error-codes';
import { CATEGORY_LABELS } from '../components/toll-desk/tollMessages';
import type { TollCategory } from '../../../server/src/domain/contract';
import { formatDateTime } from './dates';
import { getTranslation } from './getTranslation';

export const ERROR_MESSAGES: Record<ErrorCode, MessageDescriptor> = {
  'field.required': { id: getTranslation('error.field.required'), defaultMessage: "Fill in this field." },
  'field.invalid_type': { id: getTranslation('error.field.invalid_type'), defaultMessage: "This value is not of the expected kind." },
  'field.too_long': { id: getTranslation('error.field.too_long'), defaultMessage: "Too long: {max} characters at most." },
  'field.too_short': { id: getTranslation('error.field.too_short'), defaultMessage: "Too short: at least {min} characters." },
  'field.too_many': { id: getTranslation('error.field.too_many'), defaultMessage: "Too many: {max} at most." },
  'field.too_few': { id: getTranslation('error.field.too_few'), defaultMessage: "Add at least {min}." },
  'field.out_of_range': { id: getTranslation('error.field.out_of_range'), defaultMessage: "Enter a number from {min} to {max}." },
  'field.not_integer': { id: getTranslation('error.field.not_integer'), defaultMessage: "Enter a whole number." },
  'field.invalid_choice': { id: getTranslation('error.field.invalid_choice'), defaultMessage: "Choose one of: {allowed}." },
  'field.invalid_url': { id: getTranslation('error.field.invalid_url'), defaultMessage: "Enter a full web address starting with http:// or https://" },
  'field.invalid_date': { id: getTranslation('error.field.invalid_date'), defaultMessage: "Enter a valid date and time." },
  'field.invalid_locale': { id: getTranslation('error.field.invalid_locale'), defaultMessage: "Enter a language code such as en or fr." },
  'field.invalid_format': { id: getTranslation('error.field.invalid_format'), defaultMessage: "This value is not in the expected format." },
  'field.control_characters': { id: getTranslation('error.field.control_characters'), defaultMessage: "Remove the invisible control characters (often pasted from another program)." },
  'field.malformed_text': { id: getTranslation('error.field.malformed_text'), defaultMessage: "This text holds broken characters: type or paste it again." },
  'field.unknown': { id: getTranslation('error.field.unknown'), defaultMessage: "This field is not taken here." },
  'field.taken': { id: getTranslation('error.field.taken'), defaultMessage: "“{value}” is already used by another document: choose another." },
  'field.invalid_id': { id: getTranslation('error.field.invalid_id'), defaultMessage: "This is not a valid file id." },
  'field.invalid': { id: getTranslation('error.field.invalid'), defaultMessage: "This value is not valid." },
  'field.locale_not_enabled': { id: getTranslation('error.field.locale_not_enabled'), defaultMessage: "The language {locale} is not enabled on this site (enabled: {enabled})." },
  'input.too_deep': { id: getTranslation('error.input.too_deep'), defaultMessage: "Too deeply nested: {maxDepth} levels at most." },
  'input.too_large': { id: getTranslation('error.input.too_large'), defaultMessage: "Too much content at once: {maxNodes} values at most." },
  'input.malformed': { id: getTranslation('error.input.malformed'), defaultMessage: "The address is malformed." },
  'query.unsupported_filter': { id: getTranslation('error.query.unsupported_filter'), defaultMessage: "This filter is not supported: filter by tag only." },
  'feed.invalid_cursor': { id: getTranslation('error.feed.invalid_cursor'), defaultMessage: "This feed position is not valid: start again from the beginning." },
  'settings.invalid_uri_prefix': { id: getTranslation('error.settings.invalid_uri_prefix'), defaultMessage: "Enter a URN (urn:…) or an http(s) address." },
  'correction.nothing_changed': { id: getTranslation('error.correction.nothing_changed'), defaultMessage: "Nothing changed since the published version: save your fix first, then publish it as a correction." },
  'brief.status_via_actions': { id: getTranslation('error.brief.status_via_actions'), defaultMessage: "A published brief changes status only through Kill, Withhold or Release." },
  'toll.value_max_not_allowed': { id: getTranslation('error.toll.value_max_not_allowed'), defaultMessage: "An upper figure goes only with “between”: remove it or choose “between”." },
  'toll.range_inverted': { id: getTranslation('error.toll.range_inverted'), defaultMessage: "The upper figure must be above {value}." },
  'toll.include_exceeds_count': { id: getTranslation('error.toll.include_exceeds_count'), defaultMessage: "A group cannot exceed the count it belongs to ({limit})." },
  'toll.duplicate_group': { id: getTranslation('error.toll.duplicate_group'), defaultMessage: "This group is already listed (line {number}): merge the two." },
  'toll.duplicate_count': { id: getTranslation('error.toll.duplicate_count'), defaultMessage: "This count repeats count {number}: merge the two." },
  'toll.as_of_in_future': { id: getTranslation('error.toll.as_of_in_future'), defaultMessage: "This time is in the future: check the date and time." },
  'toll.as_of_before_previous': { id: getTranslation('error.toll.as_of_before_previous'), defaultMessage: "{source} already reported at {previous}: choose a later time." },
  'toll.change_kind_not_allowed': { id: getTranslation('error.toll.change_kind_not_allowed'), defaultMessage: "{use, select, initial {This brief has no toll yet: choose Initial.} other {This toll already has revisions: choose Update, or Correction with a note.}}" },
  'toll.correction_needs_note': { id: getTranslation('error.toll.correction_needs_note'), defaultMessage: "A correction needs a note: say what was wrong." },
  'toll.lower_without_correction': { id: getTranslation('error.toll.lower_without_correction'), defaultMessage: "{source} said {previous} before: to lower the toll, choose Correction and add a note" },
  'toll.text_mismatch': { id: getTranslation('error.toll.text_mismatch'), defaultMessage: "The {field, select, headline {headline} other {summary}} says {stated} {category}, the toll says {current}: fix the text or the toll before publishing." },
  'toll.invalid_if_match': { id: getTranslation('error.toll.invalid_if_match'), defaultMessage: "The toll changed or this page is out of date: reload and try again." },
  'webhook.url_not_public': { id: getTranslation('error.webhook.url_not_public'), defaultMessage: "This address points to a private or local network: use the partner's public address." },
  'webhook.url_unresolvable': { id: getTranslation('error.webhook.url_unresolvable'), defaultMessage: "This host name does not resolve: check the address." },
  'webhook.url_credentials': { id: getTranslation('error.webhook.url_credentials'), defaultMessage: "Remove the user name and password from the address: the signing secret authenticates." },
  'webhook.allow_list_entry': { id: getTranslation('error.webhook.allow_list_entry'), defaultMessage: "Each allow-list entry must be an IP address, a CIDR range or a host name." },
  'wire.text_empty': { id: getTranslation('error.wire.text_empty'), defaultMessage: "Paste the agency copy first." },
  'wire.text_too_large': { id: getTranslation('error.wire.text_too_large'), defaultMessage: "The copy is too long ({size} bytes, {max} at most): paste one story at a time." },
  'wire.text_binary': { id: getTranslation('error.wire.text_binary'), defaultMessage: "This looks like a file, not text: paste the agency copy." },
  'wire.text_or_ninjs': { id: getTranslation('error.wire.text_or_ninjs'), defaultMessage: "Send either the copy as text or a ninjs document, not both." },
  'wire.edits_without_create': { id: getTranslation('error.wire.edits_without_create'), defaultMessage: "Edits apply only when the draft is created." },
  'wire.no_headline': { id: getTranslation('error.wire.no_headline'), defaultMessage: "The copy has no headline: type one." },
  'wire.locale_not_enabled': { id: getTranslation('error.wire.locale_not_enabled'), defaultMessage: "The language {locale} is not enabled: add it in Settings → Internationalization." },
  'wire.ninjs_not_object': { id: getTranslation('error.wire.ninjs_not_object'), defaultMessage: "This is not a ninjs document (a JSON object)." },
  'wire.ninjs_version_unsupported': { id: getTranslation('error.wire.ninjs_version_unsupported'), defaultMessage: "This ninjs version ({found}) is not supported: use {supported}." },
  'wire.ninjs_invalid': { id: getTranslation('error.wire.ninjs_invalid'), defaultMessage: "This ninjs document is not valid ({keyword})." },
  'wire.ninjs_canceled': { id: getTranslation('error.wire.ninjs_canceled'), defaultMessage: "The agency killed this ninjs item: it cannot be imported." },
  'wire.ninjs_not_text': { id: getTranslation('error.wire.ninjs_not_text'), defaultMessage: "This ninjs item is not a text story." },
};

/** One entry of `details.errors[]` as the server sends it. */
export interface ServerFieldError {
  path?: (string | number)[];
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

const isErrorCode = (code: string | undefined): code is ErrorCode => code !== undefined && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code);

const isCategory = (value: unknown): value is TollCategory => typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORY_LABELS, value);

/** Params as a message shows them: lists joined, numbers in the locale, dates in the admin's format, indexes counted from 1. */
const messageValues = (intl: IntlShape, code: ErrorCode, params: Record<string, unknown>): Record<string, string | number> => {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) values[name] = value.map(String).join(', ');
    else if (typeof value === 'number') values[name] = intl.formatNumber(value);
    else if (typeof value === 'string' || typeof value === 'boolean') values[name] = String(value);
  }
  if (typeof params.first === 'number') values.number = params.first + 1;
  if (code === 'toll.as_of_before_previous' && typeof params.previous === 'string') values.previous = formatDateTime(intl, params.previous);
  if (code === 'toll.text_mismatch' && isCategory(params.category)) values.category = intl.formatMessage(CATEGORY_LABELS[params.category]);
  return values;
};

/** The sentence for one server field error in the user's language; the server's English message for an unknown code. */
export const describeFieldError = (intl: IntlShape, error: ServerFieldError): string => {
  if (!isErrorCode(error.code)) return error.message;
  const descriptor = ERROR_MESSAGES[error.code];
  try {
    return intl.formatMessage(descriptor, messageValues(intl, error.code, error.params ?? {}));
  } catch {
    return error.message;
  }
};
