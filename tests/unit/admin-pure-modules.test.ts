/** The admin's pure modules: the add-a-revision form's draft, the desk's content locale, server field errors → form messages. */
import { createIntl, type IntlShape } from 'react-intl';
import type { TollRevision } from '../../server/src/domain/contract';
import { draftFrom, draftToBody, emptyCount, emptyInclude, formFieldPaths, removeAt, replaceAt, type RevisionDraft } from '../../admin/src/components/toll-desk/revisionDraft';
import { pickContentLocale } from '../../admin/src/utils/contentLocale';
import { fieldErrorList, fieldErrorsOf, firstErrorPath, type ApiError } from '../../admin/src/utils/fieldErrors';
import { prefixTranslations } from '../../admin/src/utils/prefixTranslations';
import fr from '../../admin/src/translations/fr.json';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const CHOSEN = new Date('2026-11-30T08:30:00.000Z');

const latest = {
  source: 'Civil defence',
  counts: [
    { category: 'killed', qualifier: 'at-least', value: 15, valueMax: null, group: null, includes: [{ group: 'children', qualifier: 'exact', value: 4, valueMax: null }] },
    { category: 'injured', qualifier: 'between', value: 20, valueMax: 30, group: 'civilians', includes: [] },
  ],
  mayRise: true,
  mayRiseReason: 'rubble still being searched',
} as unknown as TollRevision;

const withoutKeys = (draft: RevisionDraft) => ({
  ...draft,
  counts: draft.counts.map(({ key: _key, includes, ...count }) => ({ ...count, includes: includes.map(({ key: _includeKey, ...include }) => include) })),
});

describe('revisionDraft', () => {
  it.each([
    ['no revision yet', undefined, { source: '', mayRise: false, mayRiseReason: '', counts: [{ category: 'killed', qualifier: 'at-least', value: undefined, valueMax: undefined, group: '', includes: [] }] }],
    ['the latest figures', latest, {
      source: 'Civil defence', mayRise: true, mayRiseReason: 'rubble still being searched',
      counts: [
        { category: 'killed', qualifier: 'at-least', value: 15, valueMax: undefined, group: '', includes: [{ group: 'children', qualifier: 'exact', value: 4, valueMax: undefined }] },
        { category: 'injured', qualifier: 'between', value: 20, valueMax: 30, group: 'civilians', includes: [] },
      ],
    }],
  ] as const)('draftFrom(%s) starts from it, as of now, nothing chosen yet', (_name, revision, expected) => {
    const draft = draftFrom(revision as TollRevision | undefined, NOW);
    expect(withoutKeys(draft)).toEqual({ ...expected, asOf: NOW, asOfChosen: false, changeKind: '', note: '', primary: false, primaryTouched: false });
  });

  it('gives every count and include its own key', () => {
    const draft = draftFrom(latest, NOW);
    const keys = [...draft.counts.map((count) => count.key), ...draft.counts.flatMap((count) => count.includes.map((include) => include.key)), emptyCount().key, emptyInclude().key];
    expect(new Set(keys).size).toBe(keys.length);
  });

  const base = draftFrom(latest, NOW);
  it.each<[string, Partial<RevisionDraft>, Record<string, unknown>]>([
    ['an untouched as-of is now', {}, { asOf: NOW.toISOString() }],
    ['a chosen as-of is kept', { asOf: CHOSEN, asOfChosen: true }, { asOf: CHOSEN.toISOString() }],
    ['texts are trimmed, blank ones null', { source: '  Civil defence ', note: '   ', mayRiseReason: ' searching ' }, { source: 'Civil defence', note: null, mayRiseReason: 'searching' }],
    ['no reason when the toll may not rise', { mayRise: false }, { mayRise: false, mayRiseReason: null }],
    ['changeKind left to the server when empty', {}, { changeKind: undefined }],
    ['changeKind sent when chosen', { changeKind: 'correction', note: 'Wrong source' }, { changeKind: 'correction', note: 'Wrong source' }],
    ['primary as ticked', { primary: true }, { primary: true }],
  ])('draftToBody: %s', (_name, change, expected) => {
    const body = draftToBody({ ...base, ...change }, NOW);
    expect(body).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined)));
    if ('changeKind' in expected && expected.changeKind === undefined) expect(body).not.toHaveProperty('changeKind');
  });

  it.each([
    ['at-least drops a stale upper figure', { qualifier: 'at-least' as const, value: 5, valueMax: 9, group: ' ' }, { qualifier: 'at-least', value: 5, valueMax: null, group: null }],
    ['between keeps it', { qualifier: 'between' as const, value: 5, valueMax: 9, group: ' women ' }, { qualifier: 'between', value: 5, valueMax: 9, group: 'women' }],
    ['an empty value is null', { qualifier: 'exact' as const, value: undefined, valueMax: undefined, group: '' }, { qualifier: 'exact', value: null, valueMax: null, group: null }],
  ])('draftToBody counts: %s', (_name, count, expected) => {
    const body = draftToBody({ ...base, counts: [{ ...emptyCount(), ...count }] }, NOW);
    expect(body.counts).toEqual([{ category: 'killed', includes: [], ...expected }]);
  });

  it.each([
    ['exact', { qualifier: 'exact' as const, value: 2, valueMax: 7 }, { group: 'children', qualifier: 'exact', value: 2 }],
    ['between', { qualifier: 'between' as const, value: 2, valueMax: 7 }, { group: 'children', qualifier: 'between', value: 2, valueMax: 7 }],
    ['between without upper figure', { qualifier: 'between' as const, value: 2, valueMax: undefined }, { group: 'children', qualifier: 'between', value: 2, valueMax: null }],
  ])('draftToBody includes: %s (valueMax only with between)', (_name, include, expected) => {
    const body = draftToBody({ ...base, counts: [{ ...emptyCount(), includes: [{ ...emptyInclude(), group: ' children ', ...include }] }] }, NOW);
    expect(body.counts[0].includes).toEqual([expected]);
  });

  it.each<[string, Partial<RevisionDraft>, string[], string[]]>([
    ['the form as drafted', {}, ['source', 'mayRiseReason', 'counts.0.includes.0.value', 'counts.1.valueMax', 'counts.1.group'], ['counts.0.valueMax', 'counts.0.includes.0.valueMax', 'counts.2']],
    ['no reason field when the toll may not rise', { mayRise: false }, ['mayRise'], ['mayRiseReason']],
    ['no counts', { counts: [] }, ['counts'], ['counts.0']],
  ])('formFieldPaths: %s', (_name, change, shown, notShown) => {
    const paths = formFieldPaths({ ...base, ...change });
    for (const path of shown) expect(paths.has(path)).toBe(true);
    for (const path of notShown) expect(paths.has(path)).toBe(false);
  });

  it.each([
    [replaceAt(['a', 'b', 'c'], 1, 'x'), ['a', 'x', 'c']],
    [replaceAt(['a'], 3, 'x'), ['a']],
    [removeAt(['a', 'b', 'c'], 0), ['b', 'c']],
    [removeAt(['a'], 3), ['a']],
  ])('replaceAt / removeAt → %p', (result, expected) => {
    expect(result).toEqual(expected);
  });
});

describe('pickContentLocale', () => {
  const locales = [{ code: 'en', isDefault: true }, { code: 'fr-FR' }, { code: 'fr-CA' }, { code: 'pt-BR' }];
  it.each([
    ['en', locales, 'en'],
    ['fr-CA', locales, 'fr-CA'],
    ['FR-ca', locales, 'fr-CA'],
    ['fr', locales, 'fr-FR'],
    ['pt', locales, 'pt-BR'],
    ['de', locales, 'en'],
    ['de', [{ code: 'fr' }], null],
    ['en', [], null],
  ])('interface %p → content locale %p', (interfaceLanguage, available, expected) => {
    expect(pickContentLocale(interfaceLanguage, available)).toBe(expected);
  });
});

describe('field errors of a ValidationError', () => {
  const validation = (errors: unknown): ApiError => ({ status: 400, name: 'ValidationError', message: 'invalid', details: { errors } });
  const en = createIntl({ locale: 'en', messages: {} });
  const french = createIntl({ locale: 'fr', messages: prefixTranslations(fr as Record<string, string>) });

  it.each<[string, ApiError | null, Record<string, string>]>([
    ['no error', null, {}],
    ['another error', { status: 409, name: 'ConflictError', message: 'lost', details: { currentStatus: 'killed' } }, {}],
    ['errors not a list', validation('nope'), {}],
    ['malformed entries are skipped', validation([null, 'x', { path: ['a'] }, { message: 'headline is required', path: ['headline'] }]), { headline: 'headline is required' }],
    ['nested paths are dotted', validation([{ message: 'counts.0.value must be at least 0', path: ['counts', 0, 'value'] }]), { 'counts.0.value': 'counts.0.value must be at least 0' }],
    ['no path goes under ""', validation([{ message: 'Too much content' }]), { '': 'Too much content' }],
    ['two on one field are joined', validation([{ message: 'a', path: ['slug'] }, { message: 'b', path: ['slug'] }]), { slug: 'a; b' }],
  ])('without intl, the server\'s English: %s', (_name, error, expected) => {
    expect(fieldErrorsOf(error, undefined)).toEqual(expected);
  });

  it.each<[string, IntlShape, Record<string, unknown>, string]>([
    ['a known code (en default message)', en, { message: 'slug "x" is taken', path: ['slug'], code: 'field.taken', params: { value: 'alep' } }, '“alep” is already used by another document: choose another.'],
    ['a known code in French, numbers in the locale', french, { message: 'too long', path: ['slug'], code: 'field.too_long', params: { max: 1200 } }, `Trop long : ${french.formatNumber(1200)} caractères au maximum.`],
    ['the category translated', french, { message: 'mismatch', path: ['slug'], code: 'toll.text_mismatch', params: { field: 'headline', stated: 3, category: 'critical', current: 'at least 5' } }, 'Le titre annonce 3 dans un état critique, le bilan at least 5 : corrigez le texte ou le bilan avant de publier.'],
    ['an unknown code falls back to the server', french, { message: 'something new', path: ['slug'], code: 'future.code' }, 'something new'],
    ['no code falls back to the server', en, { message: 'plain', path: ['slug'] }, 'plain'],
  ])('with intl: %s', (_name, intl, entry, expected) => {
    expect(fieldErrorsOf(validation([entry]), intl)).toEqual({ slug: expected });
  });

  it.each<[string, ApiError | null, (string | number)[] | undefined]>([
    ['the first entry with a path', validation([{ message: 'x' }, { message: 'y', path: ['counts', 1, 'group'] }, { message: 'z', path: ['source'] }]), ['counts', 1, 'group']],
    ['none', validation([{ message: 'x' }]), undefined],
    ['no error', null, undefined],
  ])('firstErrorPath: %s', (_name, error, expected) => {
    expect(firstErrorPath(error)).toEqual(expected);
  });

  it('fieldErrorList keeps code and params only when well-formed', () => {
    expect(fieldErrorList(validation([{ message: 'm', path: ['a'], code: 7, params: ['x'] }, { message: 'n', code: 'field.required', params: { min: 1 } }]))).toEqual([
      { message: 'm', path: ['a'] },
      { message: 'n', code: 'field.required', params: { min: 1 } },
    ]);
  });
});
