/**
 * The admin's error sentences and dates (admin/src/utils/errorMessages.ts, dates.ts): every code the server can send
 * has an en and a fr sentence; the sentences use the params; an unknown code falls back to the server's English; dates
 * are the locale's own, 24-hour in French, with the zone; the casualty groups are offered in French.
 */
import fs from 'fs';
import path from 'path';
import { createIntl } from 'react-intl';
import { FEED_EVENT_TYPES } from '../../server/src/domain/contract';
import { ERROR_CODES, ERROR_CODE_LIST } from '../../server/src/domain/error-codes';
import { GROUP_VOCABULARY, frenchGroupLabel } from '../../server/src/domain/toll/group-lexicon';
import { ERROR_MESSAGES, type ServerFieldError, describeFieldError } from '../../admin/src/utils/errorMessages';
import { formatDateTime, formatTimeOfDay } from '../../admin/src/utils/dates';
import { GROUP_LABELS } from '../../admin/src/components/toll-desk/groupMessages';

const root = path.resolve(__dirname, '../..');
const messagesOf = (language: 'en' | 'fr'): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(root, 'admin/src/translations', `${language}.json`), 'utf8')) as Record<string, string>;
const prefixed = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([key, value]) => [`newsroom.${key}`, value]));
const intlFor = (locale: 'en' | 'fr') => createIntl({ locale, timeZone: 'UTC', messages: prefixed(messagesOf(locale)) });

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });

const isPermissionAction = (literal: string) => /\.(find|findOne|read|update)$/.test(literal);

/** Inside a `warnings.push(…)` statement: a wire preview warning (shown in the import screen, never a 400). */
const inWarning = (source: string, index: number) => {
  const before = source.slice(Math.max(0, index - 400), index);
  const start = before.lastIndexOf('warnings.push(');
  return start >= 0 && !before.slice(start).includes(');');
};

/** Inside a list of warning codes (`WIRE_WARNING_CODES = [ … ]`, server/src/domain/wire/types.ts). */
const inWarningList = (source: string, index: number) =>
  [...source.matchAll(/WARNING_CODES\s*=\s*\[[^\]]*\]/g)].some((list) => index > list.index && index < list.index + list[0].length);

/** On a comment line (`// e.g. "wire.vague_figure"`, ` * …`). */
const inComment = (source: string, index: number) => {
  const line = source.slice(source.lastIndexOf('\n', index) + 1, index);
  return /^\s*(\*|\/\/)/.test(line) || line.includes('//');
};

/**
 * Every `prefix.snake_case` string literal of server/src that is neither a feed event type, a permission, a wire
 * warning nor in a comment: the codes a ValidationError can carry.
 */
const codesInServerSource = (): Set<string> => {
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'server/src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['"`]((?:field|input|toll|wire|webhook|settings|correction|brief|query|feed|tag|locale)\.[a-z][a-z_]*)['"`]/g)) {
      const literal = match[1];
      if ((FEED_EVENT_TYPES as readonly string[]).includes(literal) || isPermissionAction(literal)) continue;
      if (inWarning(source, match.index) || inWarningList(source, match.index) || inComment(source, match.index)) continue;
      found.add(literal);
    }
  }
  return found;
};

describe('error codes', () => {
  test('every code the server source can emit is listed in domain/error-codes.ts', () => {
    const listed = new Set<string>(ERROR_CODE_LIST);
    expect([...codesInServerSource()].filter((code) => !listed.has(code)).sort()).toEqual([]);
  });

  test('every listed code has an en and a fr sentence, and the admin module maps it', () => {
    const en = messagesOf('en');
    const fr = messagesOf('fr');
    const missing = ERROR_CODE_LIST.flatMap((code) => [
      ...(en[`error.${code}`] ? [] : [`en: ${code}`]),
      ...(fr[`error.${code}`] ? [] : [`fr: ${code}`]),
      ...(ERROR_MESSAGES[code]?.id === `newsroom.error.${code}` ? [] : [`errorMessages.ts: ${code}`]),
    ]);
    expect(missing).toEqual([]);
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODE_LIST].sort());
  });

  test('README documents every code, one row each', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(Object.keys(ERROR_CODES).filter((code) => !readme.includes(`| \`${code}\` |`))).toEqual([]);
  });
});

describe('describeFieldError', () => {
  const lower: ServerFieldError = { path: ['counts', 0, 'value'], message: 'counts[0].value (12) is lower than OSDH\'s previous 18 civilians killed; …', code: 'toll.lower_without_correction', params: { previous: 18, source: 'OSDH' } };

  test.each([
    ['en', lower, 'OSDH said 18 before: to lower the toll, choose Correction and add a note'],
    ['fr', lower, 'OSDH annonçait 18 auparavant : pour baisser le bilan, choisissez Correction et ajoutez une note'],
    ['en', { path: ['changeKind'], message: '…', code: 'toll.change_kind_not_allowed', params: { use: 'update' } }, 'This toll already has revisions: choose Update, or Correction with a note.'],
    ['fr', { path: ['changeKind'], message: '…', code: 'toll.change_kind_not_allowed', params: { use: 'initial' } }, "Cette dépêche n'a pas encore de bilan : choisissez Initial."],
    ['en', { path: ['events'], message: '…', code: 'field.invalid_choice', params: { allowed: ['brief.published', 'toll.updated'] } }, 'Choose one of: brief.published, toll.updated.'],
    ['fr', { path: ['asOf'], message: '…', code: 'toll.as_of_before_previous', params: { previous: '2020-03-05T11:00:00.000Z', source: 'OSDH' } }, 'OSDH a déjà publié un bilan à 5 mars 2020, 11:00 UTC : choisissez une heure plus tardive.'],
    ['fr', { path: ['headline'], message: '…', code: 'toll.text_mismatch', params: { field: 'headline', category: 'killed', stated: 12, current: 14 } }, 'Le titre annonce 12 tués, le bilan 14 : corrigez le texte ou le bilan avant de publier.'],
    ['fr', { path: ['counts', 1], message: '…', code: 'toll.duplicate_count', params: { first: 0 } }, 'Ce décompte répète le décompte 1 : fusionnez les deux.'],
    ['fr', { path: ['x'], message: 'x is odd', code: 'field.not_a_code_we_know' }, 'x is odd'],
    ['en', { path: ['x'], message: 'x without a code' }, 'x without a code'],
  ] as [ 'en' | 'fr', ServerFieldError, string][])('%s: %j', (locale, error, expected) => {
    expect(describeFieldError(intlFor(locale), error)).toBe(expected);
  });
});

describe('dates', () => {
  const at = '2020-03-05T15:07:00.000Z';
  test.each([
    ['en', 'Mar 5, 2020, 3:07 PM UTC', '3:07 PM UTC'],
    ['fr', '5 mars 2020, 15:07 UTC', '15:07 UTC'],
  ] as const)('%s: the locale\'s own date, its clock, and the zone', (locale, dateTime, time) => {
    const normalize = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
    expect(normalize(formatDateTime(intlFor(locale), at))).toBe(dateTime);
    expect(normalize(formatTimeOfDay(intlFor(locale), at))).toBe(time);
  });
  test('a value that is not a date is shown as given', () => {
    expect(formatDateTime(intlFor('en'), 'soon')).toBe('soon');
  });
});

describe('casualty groups', () => {
  test('every group the toll rules know is offered, in French as the lexicon writes it, stored as its canonical value', () => {
    const fr = messagesOf('fr');
    expect(Object.keys(GROUP_LABELS).sort()).toEqual([...GROUP_VOCABULARY].sort());
    const wrong = GROUP_VOCABULARY.filter((group) => fr[(GROUP_LABELS[group].id as string).replace(/^newsroom\./, '')] !== frenchGroupLabel(group));
    expect(wrong).toEqual([]);
  });
});
