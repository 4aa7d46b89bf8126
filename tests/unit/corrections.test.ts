import {
  CORRECTABLE_FIELDS,
  changedFields,
  correctionEdNote,
  correctionEdNoteOf,
  correctionHistory,
  correctionHistoryWith,
  correctionInputSchema,
  briefCorrections,
  type CorrectableVersion,
  type LatestChange,
} from '../../server/src/domain/corrections';
import { parseInput } from '../../server/src/domain/validation';
import { briefToNinjs } from '../../server/src/domain/ninjs';
import type { PublicBrief } from '../../server/src/domain/contract';
import { NINJS_VERSIONS } from '../../server/src/domain/ninjs/types';
import { formatNinjsErrors, validateNinjs } from '../helpers/ninjs-validator';

const PUBLISHED: CorrectableVersion = {
  slug: 'flood-kills-12',
  headline: 'Flood kills 12',
  slugline: 'FRANCE-FLOOD',
  byline: 'AFP',
  dateline: 'Nîmes, France',
  summary: 'Twelve people died.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Twelve people died.' }] }],
  urgency: 3,
  embargoUntil: '2026-12-01T10:00:00.000Z',
  photoId: 7,
  photoCaption: 'The river in flood',
  photoCredit: 'Jane DOE / AFP',
  tagIds: [1, 2],
  relatedDocumentIds: ['doc-a', 'doc-b'],
  relatedLinks: [{ title: 'Map', url: 'https://example.org/map' }],
};

describe('changedFields: the public fields a republish changes', () => {
  test.each<[string, Partial<CorrectableVersion>, string[]]>([
    ['nothing', {}, []],
    ['headline', { headline: 'Flood kills 11' }, ['headline']],
    ['summary and body', { summary: 'Eleven died.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Eleven died.' }] }] }, ['summary', 'body']],
    ['caption is the photo', { photoCaption: 'The river' }, ['photo']],
    ['photo removed', { photoId: null }, ['photo']],
    ['credit', { photoCredit: 'John ROE / AFP' }, ['credit']],
    ['urgency', { urgency: 1 }, ['urgency']],
    ['embargo moved', { embargoUntil: '2026-12-01T11:00:00.000Z' }, ['embargoUntil']],
    ['same embargo as a Date', { embargoUntil: new Date('2026-12-01T10:00:00.000Z') }, []],
    ['tag added', { tagIds: [1, 2, 3] }, ['tags']],
    ['tag ids as strings', { tagIds: ['1', '2'] }, []],
    ['related briefs reordered', { relatedDocumentIds: ['doc-b', 'doc-a'] }, ['relatedBriefs']],
    ['link key order (jsonb)', { relatedLinks: [{ url: 'https://example.org/map', title: 'Map' }] }, []],
    ['link changed', { relatedLinks: [] }, ['relatedLinks']],
    ['blank slugline reads as none', { slugline: '  ' }, ['slugline']],
    ['byline and dateline', { byline: 'AFP/Reuters', dateline: 'Nîmes' }, ['byline', 'dateline']],
    ['slug', { slug: 'flood-kills-11' }, ['slug']],
  ])('%s', (_name, draft, expected) => {
    expect(changedFields(PUBLISHED, { ...PUBLISHED, ...draft })).toEqual(expected);
  });

  test('absent values compare as the public brief shows them', () => {
    const bare: CorrectableVersion = { ...PUBLISHED, slugline: null, urgency: null, body: null, relatedLinks: null };
    expect(changedFields(bare, { ...bare, slugline: '', urgency: 4, body: [], relatedLinks: [] })).toEqual([]);
  });

  test('every field changed is listed once, in the public brief order', () => {
    const all: CorrectableVersion = {
      slug: 'x', headline: 'x', slugline: 'x', byline: 'x', dateline: 'x', summary: 'x', body: [], urgency: 9, embargoUntil: null,
      photoId: 8, photoCaption: null, photoCredit: null, tagIds: [], relatedDocumentIds: [], relatedLinks: [{ title: 'x', url: 'https://x.org' }],
    };
    expect(changedFields(PUBLISHED, all)).toEqual([...CORRECTABLE_FIELDS]);
  });
});

describe('correctionInputSchema', () => {
  test.each<[string, unknown, { ok: boolean; path?: (string | number)[]; code?: string }]>([
    ['note and locale', { note: 'The toll is 11, not 12.', locale: 'fr' }, { ok: true }],
    ['note only', { note: 'The toll is 11.' }, { ok: true }],
    ['multi-line note', { note: 'Line one.\nLine two.' }, { ok: true }],
    ['missing note', {}, { ok: false, path: ['note'], code: 'field.required' }],
    ['blank note', { note: '  ' }, { ok: false, path: ['note'], code: 'field.required' }],
    ['note of 1001 characters', { note: 'x'.repeat(1001) }, { ok: false, path: ['note'], code: 'field.too_long' }],
    ['NUL in note', { note: 'a\u0000b' }, { ok: false, path: ['note'], code: 'field.control_characters' }],
    ['note not text', { note: 12 }, { ok: false, path: ['note'], code: 'field.invalid_type' }],
    ['bad locale', { note: 'x', locale: 'EN!' }, { ok: false, path: ['locale'] }],
    ['unknown key', { note: 'x', fields: [] }, { ok: false, path: ['fields'], code: 'field.unknown' }],
    ['no body', undefined, { ok: false, path: ['note'], code: 'field.required' }],
    ['a list', ['x'], { ok: false, path: [] }],
  ])('%s', (_name, body, expected) => {
    const parsed = parseInput(correctionInputSchema, body);
    expect(parsed.ok).toBe(expected.ok);
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ path: expected.path, ...(expected.code ? { code: expected.code } : {}) });
  });

  test('the note is trimmed', () => {
    const parsed = parseInput(correctionInputSchema, { note: '  The toll is 11.  ' });
    expect(parsed.ok && parsed.value.note).toBe('The toll is 11.');
  });
});

describe('the corrections history', () => {
  const texts = [
    { at: '2026-12-01T10:05:00.000Z', note: 'Second', fields: ['body'] },
    { at: new Date('2026-12-01T10:00:00.000Z'), note: 'First', fields: ['headline'] },
  ];
  const revisions = [
    { revision: 1, source: 'Police', changeKind: 'initial' as const, note: null, createdAt: '2026-12-01T09:00:00.000Z' },
    { revision: 2, source: 'Ministry', changeKind: 'correction' as const, note: 'Double-counted', createdAt: '2026-12-01T10:02:00.000Z' },
    { revision: 3, source: 'Ministry', changeKind: 'update' as const, note: null, createdAt: '2026-12-01T10:10:00.000Z' },
  ];

  test('the public brief lists text corrections oldest first', () => {
    expect(briefCorrections(texts)).toEqual([
      { at: '2026-12-01T10:00:00.000Z', note: 'First', fields: ['headline'] },
      { at: '2026-12-01T10:05:00.000Z', note: 'Second', fields: ['body'] },
    ]);
  });

  test('the route lists text and toll corrections newest first; other toll revisions are not corrections', () => {
    expect(correctionHistory(texts, revisions)).toEqual([
      { kind: 'text', at: '2026-12-01T10:05:00.000Z', note: 'Second', fields: ['body'] },
      { kind: 'toll', at: '2026-12-01T10:02:00.000Z', note: 'Double-counted', source: 'Ministry', revision: 2 },
      { kind: 'text', at: '2026-12-01T10:00:00.000Z', note: 'First', fields: ['headline'] },
    ]);
  });
});

describe('the desk history keeps who made each correction beside its item', () => {
  test('correctionHistoryWith', () => {
    const history = correctionHistoryWith(
      [{ at: '2026-12-01T10:00:00.000Z', note: 'Text fix', fields: ['headline'], madeByName: 'Eddie Editor' }],
      [
        { revision: 3, source: 'Police', changeKind: 'correction' as const, note: null, createdAt: '2026-12-01T10:00:00.000Z', madeByName: 'Dana Deskchief' },
        { revision: 4, source: 'Police', changeKind: 'update' as const, note: null, createdAt: '2026-12-01T11:00:00.000Z', madeByName: 'Dana Deskchief' },
      ],
      (record) => ({ madeBy: record.madeByName }),
    );
    expect(history).toEqual([
      { kind: 'toll', at: '2026-12-01T10:00:00.000Z', note: null, source: 'Police', revision: 3, madeBy: 'Dana Deskchief' },
      { kind: 'text', at: '2026-12-01T10:00:00.000Z', note: 'Text fix', fields: ['headline'], madeBy: 'Eddie Editor' },
    ]);
  });
});

describe('ednote of a corrected version', () => {
  const base: LatestChange = { eventType: 'brief.corrected', textCorrections: [{ at: 'a', note: 'Old', fields: [] }, { at: 'b', note: 'New', fields: ['headline'] }], tollCorrection: null, tollText: null };

  test.each<[string, LatestChange, string, string | undefined]>([
    ['text correction, English', base, 'en', 'Correction: New'],
    ['text correction, French', base, 'fr', 'Rectificatif : New'],
    ['regional locale', base, 'fr-CA', 'Rectificatif : New'],
    ['other language falls back to English', base, 'de', 'Correction: New'],
    ['a later update supersedes it', { ...base, eventType: 'brief.updated' }, 'en', undefined],
    ['toll correction with its note', { ...base, eventType: 'toll.updated', tollCorrection: { note: 'Bodies counted twice' } }, 'en', 'Correction: Bodies counted twice'],
    ['toll correction without a note: the toll sentence', { ...base, eventType: 'toll.updated', tollCorrection: { note: null }, tollText: '253 killed (ministry)' }, 'en', 'Correction: 253 killed (ministry)'],
    ['toll update that corrects nothing', { ...base, eventType: 'toll.updated', tollCorrection: null }, 'en', undefined],
    ['no events', { ...base, eventType: null }, 'en', undefined],
  ])('%s', (_name, latest, locale, expected) => {
    expect(correctionEdNoteOf(latest, locale)).toBe(expected);
  });

  test('correctionEdNote', () => {
    expect(correctionEdNote('x', 'EN')).toBe('Correction: x');
  });

  const brief: PublicBrief = {
    documentId: 'doc1', locale: 'en', slug: 'flood', headline: 'Flood kills 11', slugline: null, byline: 'AFP', dateline: null, summary: 'Eleven died.',
    body: [], bodyHtml: '', urgency: 3, editorialStatus: 'usable', embargoUntil: null, firstPublishedAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z',
    photo: null, credit: null, tags: [], relatedBriefs: [], relatedLinks: [], toll: null, corrections: [{ at: '2026-12-01T10:00:00.000Z', note: 'The toll is 11.', fields: ['headline'] }],
  };

  test.each(NINJS_VERSIONS)('ninjs %s carries the ednote and validates against the unchanged IPTC schema', (version) => {
    const doc = briefToNinjs(brief, { version, uriPrefix: 'urn:newsroom:brief:', publicUrl: 'https://news.example.org', ninjsVersionNumber: 4, includeEmbargo: false, edNote: 'Correction: The toll is 11.' });
    expect((doc as Record<string, unknown>)[version === '2.2' ? 'ednote' : 'edNote']).toBe('Correction: The toll is 11.');
    expect(doc.version).toBe('4');
    expect(formatNinjsErrors(validateNinjs(doc, version))).toBe('valid');
    const plain = briefToNinjs(brief, { version, uriPrefix: 'urn:newsroom:brief:', publicUrl: 'https://news.example.org', ninjsVersionNumber: 4, includeEmbargo: false });
    expect(JSON.stringify(plain)).not.toMatch(/ednote|The toll is 11/i);
  });
});
