/**
 * Text that every database stores and every reader sees as it was typed: no NUL or other C0/C1 control
 * characters (tab and line breaks allowed where text spans lines), no lone UTF-16 surrogates.
 */
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const hasControlCharacters = (value: string, multiline = false): boolean =>
  (multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value);

/** No lone UTF-16 surrogate (PostgreSQL cannot store one; String#isWellFormed is newer than our TS lib). */
export const isWellFormedText = (value: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);

/** Zero-width characters and bidirectional controls: invisible, so two names that look equal may differ by them. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Nothing a reader would see: only white space and invisible characters (`\u200b\u200b` is no headline). */
export const isBlankText = (value: string): boolean => value.replace(INVISIBLE, '').trim() === '';

/**
 * A name as compared (toll sources and groups, tag names): Unicode NFKC, invisible characters removed, runs of
 * white space made one space, trimmed. `OSDH\u200b` and `ＯＳＤＨ` are both `OSDH`.
 */
export const normalizeName = (value: string): string => value.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
