import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { BlockNode, PublicBrief, PublicTag, TagKind, Toll } from '../../server/src/domain/contract';
import {
  DEFAULT_NINJS_URI_PREFIX,
  NINJS_VERSIONS,
  briefToNinjs,
  findServedNinjsSchema,
  geoJsonJsonSchema,
  isNinjsVersion,
  killedBriefToNinjs,
  newsroomNinjsSchema,
  ninjsUri,
  officialNinjsSchema,
  servedNinjsSchemas,
  tagUri,
  tagUriPrefix,
  toAbsoluteHttpUri,
  type NinjsDocument,
  type NinjsOptions,
  type NinjsVersion,
} from '../../server/src/domain/ninjs';
import { formatNinjsErrors, validateNinjs } from '../helpers/ninjs-validator';

// ---- Fixtures -------------------------------------------------------------------------------------

const PUBLIC_URL = 'https://news.example.org';
const SEED_ID = 'k3v9q2m8w1x7c4b6n5z0a2s8';
const SEED_TOLL: Toll = {
  version: 2,
  primarySource: 'OSDH',
  mayRise: true,
  mayRiseReason: 'Several of the wounded are in critical condition.',
  asOf: '2019-12-24T10:55:00.000Z',
  text: 'At least 15 civilians killed, including a child. The toll may rise.',
  sources: [
    {
      source: 'OSDH',
      revision: 2,
      asOf: '2019-12-24T10:55:00.000Z',
      counts: [
        {
          category: 'killed',
          value: 15,
          valueMax: null,
          qualifier: 'at-least',
          group: 'civilians',
          includes: [{ group: 'children', value: 1, qualifier: 'exact' }],
        },
        { category: 'injured', value: 20, valueMax: 30, qualifier: 'between', group: null, includes: [] },
      ],
      mayRise: true,
      mayRiseReason: 'Several of the wounded are in critical condition.',
      text: 'At least 15 civilians killed, including a child. The toll may rise.',
    },
    {
      source: 'White Helmets',
      revision: 1,
      asOf: '2019-12-24T09:30:00.000Z',
      counts: [{ category: 'killed', value: 12, valueMax: null, qualifier: 'exact', group: null, includes: [] }],
      mayRise: false,
      mayRiseReason: null,
      text: '12 killed.',
    },
  ],
};

const SEED_BODY: BlockNode[] = [
  {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        text: 'Russian air strikes killed at least 15 civilians, including a child, in the Idleb region on Tuesday, the Syrian Observatory for Human Rights said.',
      },
    ],
  },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'The strikes hit a market in ' },
      { type: 'text', text: 'Maaret Misrin', bold: true },
      { type: 'text', text: ', according to the ' },
      { type: 'link', url: 'https://www.syriahr.com/en/', children: [{ type: 'text', text: 'OSDH' }] },
      { type: 'text', text: '.' },
    ],
  },
];

const tag = (kind: TagKind, name: string, slug: string): PublicTag => ({ kind, name, slug });

function seedBrief(): PublicBrief {
  return {
    documentId: SEED_ID,
    locale: 'en',
    slug: 'at-least-15-civilians-killed-in-russian-strikes-in-syrias-idleb',
    headline: "At least 15 civilians killed in Russian strikes in Syria's Idleb",
    slugline: 'Syria-conflict-Russia',
    byline: 'AFP',
    dateline: 'Maaret Misrin, Syria',
    summary: 'Russian strikes killed at least 15 civilians including a child in northwestern Syria, a monitor said.',
    body: SEED_BODY,
    bodyHtml: '<p>ignored by the mapping</p>',
    urgency: 3,
    editorialStatus: 'usable',
    embargoUntil: null,
    firstPublishedAt: '2019-12-24T09:12:00.000Z',
    updatedAt: '2019-12-24T11:40:00.000Z',
    photo: {
      url: `${PUBLIC_URL}/uploads/idleb_strike_3f2a9c.jpg`,
      alternativeText: 'Smoke rises over Maaret Misrin',
      width: 1600,
      height: 1067,
      mime: 'image/jpeg',
      formats: {
        large: { url: `${PUBLIC_URL}/uploads/large_idleb_strike_3f2a9c.jpg`, width: 1000, height: 667 },
        thumbnail: { url: `${PUBLIC_URL}/uploads/thumbnail_idleb_strike_3f2a9c.jpg`, width: 234, height: 156 },
        medium: { url: `${PUBLIC_URL}/uploads/medium_idleb_strike_3f2a9c.jpg`, width: 750, height: 500 },
        small: { url: `${PUBLIC_URL}/uploads/small_idleb_strike_3f2a9c.jpg`, width: 500, height: 333 },
      },
      caption: 'Smoke rises after Russian air strikes on Maaret Misrin, in Syria\'s Idleb province, on December 24, 2019.',
    },
    credit: { raw: 'Ahmad al-ATRASH / AFP', photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'], restrictions: [] },
    tags: [
      tag('subject', 'Air strikes', 'air-strikes'),
      tag('subject', 'Offensive', 'offensive'),
      tag('subject', 'World', 'world'),
      tag('place', 'Russia', 'russia'),
      tag('place', 'Syria', 'syria'),
      tag('place', 'Turkey', 'turkey'),
      tag('organisation', 'OSDH', 'osdh'),
    ],
    relatedBriefs: [
      {
        documentId: 'r1d2o3c4u5m6e7n8t9i0d1a2',
        locale: 'en',
        slug: 'turkey-says-idleb-ceasefire-must-hold',
        headline: 'Turkey says Idleb ceasefire must hold',
      },
      {
        documentId: 'r9d8o7c6u5m4e3n2t1i0d9b8',
        locale: 'en',
        slug: 'thousands-flee-idleb-fighting',
        headline: 'Thousands flee Idleb fighting',
      },
    ],
    relatedLinks: [],
    toll: SEED_TOLL,
    corrections: [],
  };
}

function options(version: NinjsVersion, overrides: Partial<NinjsOptions> = {}): NinjsOptions {
  return {
    version,
    uriPrefix: DEFAULT_NINJS_URI_PREFIX,
    publicUrl: PUBLIC_URL,
    ninjsVersionNumber: 4,
    includeEmbargo: false,
    ...overrides,
  };
}

// ---- Validation helpers -----------------------------------------------------------------------------

function expectValid(doc: NinjsDocument, version: NinjsVersion, profile?: 'newsroom'): void {
  const errors = validateNinjs(doc, version, { profile });
  if (errors !== null) {
    throw new Error(`ninjs ${version}${profile ? ` (${profile})` : ''} invalid:\n${formatNinjsErrors(errors)}`);
  }
}

/** Standard output of `brief` in `version`, validated against the unchanged official schema. */
function standard(brief: PublicBrief, version: NinjsVersion, overrides: Partial<NinjsOptions> = {}): NinjsDocument {
  const doc = briefToNinjs(brief, options(version, overrides));
  expectValid(doc, version);
  expect(doc).not.toHaveProperty('toll');
  expect(doc).not.toHaveProperty('standard');
  return doc;
}

/** Profile output of `brief` in `version`, validated against the newsroom extension schema. */
function profiled(brief: PublicBrief, version: NinjsVersion, overrides: Partial<NinjsOptions> = {}): NinjsDocument {
  const doc = briefToNinjs(brief, options(version, { ...overrides, profile: 'newsroom' }));
  expectValid(doc, version, 'newsroom');
  return doc;
}

/** Reads a (possibly absent) key of an object whose ninjs version is only known at run time. */
function field(value: object | undefined, key: string): unknown {
  return value === undefined ? undefined : (value as Record<string, unknown>)[key];
}

const V3: readonly NinjsVersion[] = ['3.0', '3.1'];
const seedUri = `urn:newsroom:brief:${SEED_ID}:en`;

// ---- Tests ------------------------------------------------------------------------------------------

describe('ninjs: the validator is not vacuous', () => {
  it.each(NINJS_VERSIONS)('ninjs %s: the official schema rejects a profile output (toll) and unknown keys', (version) => {
    const doc = profiled(seedBrief(), version);
    expect(doc).toHaveProperty('toll');
    const errors = validateNinjs(doc, version);
    expect(errors).not.toBeNull();
    expect(errors?.some((error) => error.keyword === 'unevaluatedProperties')).toBe(true);
    expect(validateNinjs({ uri: seedUri, foo: 'bar' }, version)).not.toBeNull();
    expect(validateNinjs({ uri: 'not a uri' }, version)).not.toBeNull();
    expect(validateNinjs({ headlines: [{ value: 'no uri' }] }, version)).not.toBeNull();
  });

  it.each(NINJS_VERSIONS)('ninjs %s: the extension schema rejects unknown top-level keys', (version) => {
    const doc = profiled(seedBrief(), version);
    expect(validateNinjs({ ...doc, tolls: doc.toll }, version, { profile: 'newsroom' })).not.toBeNull();
    expect(validateNinjs({ ...doc, uri: undefined }, version, { profile: 'newsroom' })).not.toBeNull();
  });

  it('the 2.2 schema rejects 3.x names and the 3.x schemas reject 2.2 names', () => {
    const doc22 = standard(seedBrief(), '2.2');
    const doc30 = standard(seedBrief(), '3.0');
    expect(validateNinjs(doc30, '2.2')).not.toBeNull();
    expect(validateNinjs(doc22, '3.0')).not.toBeNull();
    expect(validateNinjs(doc22, '3.1')).not.toBeNull();
  });
});

describe('ninjs: the seed brief (AFP, Idleb)', () => {
  it.each(NINJS_VERSIONS)('ninjs %s: item identity, status and text', (version) => {
    const doc = standard(seedBrief(), version);
    expect(doc.uri).toBe(seedUri);
    expect(doc.type).toBe('text');
    expect(doc.version).toBe('4');
    expect(doc.language).toBe('en');
    expect(doc.urgency).toBe(3);
    expect(doc.slugline).toBe('Syria-conflict-Russia');
    expect(doc.by).toBe('AFP');
    expect(doc.located).toBe('Maaret Misrin, Syria');
    expect(doc.headlines).toEqual([{ role: 'main', value: "At least 15 civilians killed in Russian strikes in Syria's Idleb" }]);
    expect(doc.descriptions).toEqual([
      { role: 'summary', value: seedBrief().summary },
      { role: 'toll', value: 'At least 15 civilians killed, including a child. The toll may rise.' },
    ]);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: tags as subjects, places and organisations', (version) => {
    const doc = standard(seedBrief(), version);
    expect(doc.subjects).toEqual([
      { name: 'Air strikes', uri: 'urn:newsroom:tag:subject:air-strikes', literal: 'air-strikes' },
      { name: 'Offensive', uri: 'urn:newsroom:tag:subject:offensive', literal: 'offensive' },
      { name: 'World', uri: 'urn:newsroom:tag:subject:world', literal: 'world' },
    ]);
    expect(doc.places).toEqual([
      { name: 'Russia', uri: 'urn:newsroom:tag:place:russia', literal: 'russia' },
      { name: 'Syria', uri: 'urn:newsroom:tag:place:syria', literal: 'syria' },
      { name: 'Turkey', uri: 'urn:newsroom:tag:place:turkey', literal: 'turkey' },
    ]);
    expect(doc.organisations).toEqual([{ name: 'OSDH', uri: 'urn:newsroom:tag:organisation:osdh', literal: 'osdh' }]);
    expect(doc.people).toBeUndefined();
    expect(doc.events).toBeUndefined();
  });

  it('ninjs 2.2: body, photo and related briefs', () => {
    const doc = standard(seedBrief(), '2.2');
    if (!('versioncreated' in doc)) throw new Error('expected 2.2 naming');
    expect(doc.firstcreated).toBe('2019-12-24T09:12:00.000Z');
    expect(doc.versioncreated).toBe('2019-12-24T11:40:00.000Z');
    expect(doc.pubstatus).toBe('usable');
    expect(doc.altids).toEqual([
      { role: 'documentId', value: SEED_ID },
      { role: 'slug', value: 'at-least-15-civilians-killed-in-russian-strikes-in-syrias-idleb' },
    ]);
    expect(doc.bodies).toHaveLength(1);
    const body = doc.bodies?.[0];
    expect(body?.role).toBe('main');
    expect(body?.contenttype).toBe('text/html');
    expect(body?.value).toBe(
      '<p>Russian air strikes killed at least 15 civilians, including a child, in the Idleb region on Tuesday, the Syrian Observatory for Human Rights said.</p>' +
        '<p>The strikes hit a market in <strong>Maaret Misrin</strong>, according to the <a href="https://www.syriahr.com/en/">OSDH</a>.</p>',
    );
    expect(body?.wordcount).toBe(36);
    const paragraphs = [
      'Russian air strikes killed at least 15 civilians, including a child, in the Idleb region on Tuesday, the Syrian Observatory for Human Rights said.',
      'The strikes hit a market in Maaret Misrin, according to the OSDH.',
    ];
    expect(body?.charcount).toBe(paragraphs[0].length + paragraphs[1].length);
    expect(doc.associations).toEqual([
      {
        name: 'featuremedia',
        uri: `${PUBLIC_URL}/uploads/idleb_strike_3f2a9c.jpg`,
        type: 'picture',
        descriptions: [
          { role: 'caption', value: seedBrief().photo?.caption },
          { role: 'creditline', value: 'Ahmad al-ATRASH / AFP' },
        ],
        renditions: [
          { name: 'original', href: `${PUBLIC_URL}/uploads/idleb_strike_3f2a9c.jpg`, contenttype: 'image/jpeg', width: 1600, height: 1067 },
          { name: 'thumbnail', href: `${PUBLIC_URL}/uploads/thumbnail_idleb_strike_3f2a9c.jpg`, width: 234, height: 156 },
          { name: 'small', href: `${PUBLIC_URL}/uploads/small_idleb_strike_3f2a9c.jpg`, width: 500, height: 333 },
          { name: 'medium', href: `${PUBLIC_URL}/uploads/medium_idleb_strike_3f2a9c.jpg`, width: 750, height: 500 },
          { name: 'large', href: `${PUBLIC_URL}/uploads/large_idleb_strike_3f2a9c.jpg`, width: 1000, height: 667 },
        ],
        by: 'Ahmad al-ATRASH',
        copyrightholder: 'AFP',
      },
      {
        name: 'related-1',
        uri: 'urn:newsroom:brief:r1d2o3c4u5m6e7n8t9i0d1a2:en',
        type: 'text',
        headlines: [{ role: 'main', value: 'Turkey says Idleb ceasefire must hold' }],
      },
      {
        name: 'related-2',
        uri: 'urn:newsroom:brief:r9d8o7c6u5m4e3n2t1i0d9b8:en',
        type: 'text',
        headlines: [{ role: 'main', value: 'Thousands flee Idleb fighting' }],
      },
    ]);
  });

  it.each(V3)('ninjs %s: body, photo and related briefs in camelCase', (version) => {
    const doc = standard(seedBrief(), version);
    if (!('versionCreated' in doc)) throw new Error('expected 3.x naming');
    expect(doc.firstCreated).toBe('2019-12-24T09:12:00.000Z');
    expect(doc.versionCreated).toBe('2019-12-24T11:40:00.000Z');
    expect(doc.pubStatus).toBe('usable');
    expect(doc.altIds?.[0]).toEqual({ role: 'documentId', value: SEED_ID });
    const body = doc.bodies?.[0];
    expect(body).toMatchObject({ role: 'main', contentType: 'text/html', wordCount: 36 });
    expect(Number.isInteger(body?.charCount)).toBe(true);
    const photo = doc.associations?.[0];
    expect(photo).toMatchObject({ name: 'featuremedia', type: 'picture', by: 'Ahmad al-ATRASH', copyrightHolder: 'AFP' });
    expect(photo?.renditions?.[0]).toEqual({
      name: 'original',
      href: `${PUBLIC_URL}/uploads/idleb_strike_3f2a9c.jpg`,
      contentType: 'image/jpeg',
      width: 1600,
      height: 1067,
    });
    expect(photo?.renditions?.map((rendition) => rendition.name)).toEqual(['original', 'thumbnail', 'small', 'medium', 'large']);
    expect(photo).not.toHaveProperty('usageTerms');
    expect(doc.associations?.slice(1).map((association) => association.name)).toEqual(['related-1', 'related-2']);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: the newsroom profile adds the toll and the standard', (version) => {
    const doc = profiled(seedBrief(), version);
    expect(doc.toll).toEqual(SEED_TOLL);
    expect(doc.standard).toEqual({
      name: 'ninjs',
      version,
      schema: `${PUBLIC_URL}/api/newsroom/schemas/ninjs-newsroom-${version}.json`,
    });
    const { toll: _toll, standard: _standard, ...rest } = doc;
    expect(rest).toEqual(standard(seedBrief(), version));
  });

  it.each(NINJS_VERSIONS)('ninjs %s: the profile leaves out toll when there is none, and stays valid', (version) => {
    const doc = profiled({ ...seedBrief(), toll: null }, version);
    expect(doc).not.toHaveProperty('toll');
    expect(doc.descriptions?.map((description) => description.role)).toEqual(['summary']);
    expectValid(doc, version);
  });

  it('copies only the contract keys of the toll (extra server-side keys cannot leak)', () => {
    const leaky = { ...SEED_TOLL, internalNote: 'do not publish', sources: [{ ...SEED_TOLL.sources[0], enteredBy: 'desk' }] };
    const doc = profiled({ ...seedBrief(), toll: leaky as Toll }, '3.1');
    expect(JSON.stringify(doc)).not.toContain('do not publish');
    expect(JSON.stringify(doc)).not.toContain('enteredBy');
  });
});

describe('ninjs: 2.2 vs 3.0 vs 3.1 naming', () => {
  const embargoed = { ...seedBrief(), embargoUntil: '2019-12-24T12:00:00.000Z', photo: { ...seedBrief().photo!, url: `${PUBLIC_URL}/uploads/a.jpg` } };
  const withTerms = { ...embargoed, credit: { ...seedBrief().credit!, restrictions: ['No sales', 'Editorial use only'] } };

  it('2.2 uses lowercase names only', () => {
    const doc = standard(withTerms, '2.2', { includeEmbargo: true });
    const keys = Object.keys(doc);
    expect(keys).toEqual(expect.arrayContaining(['firstcreated', 'versioncreated', 'pubstatus', 'embargoed', 'altids']));
    for (const camel of ['firstCreated', 'versionCreated', 'pubStatus', 'embargoedUntil', 'altIds', 'edNote']) {
      expect(keys).not.toContain(camel);
    }
    const json = JSON.stringify(doc);
    expect(json).toContain('"contenttype"');
    expect(json).toContain('"charcount"');
    expect(json).toContain('"wordcount"');
    expect(json).toContain('"copyrightholder":"AFP"');
    expect(json).toContain('"usageterms":"No sales; Editorial use only"');
    expect(json).not.toMatch(/"(contentType|charCount|wordCount|copyrightHolder|usageTerms)"/);
  });

  it.each(V3)('%s uses camelCase names only', (version) => {
    const doc = standard(withTerms, version, { includeEmbargo: true });
    const keys = Object.keys(doc);
    expect(keys).toEqual(expect.arrayContaining(['firstCreated', 'versionCreated', 'pubStatus', 'embargoedUntil', 'altIds']));
    for (const lower of ['firstcreated', 'versioncreated', 'pubstatus', 'embargoed', 'altids', 'ednote']) {
      expect(keys).not.toContain(lower);
    }
    const json = JSON.stringify(doc);
    expect(json).toContain('"contentType"');
    expect(json).toContain('"charCount"');
    expect(json).toContain('"wordCount"');
    expect(json).toContain('"copyrightHolder":"AFP"');
    expect(json).toContain('"usageTerms":"No sales; Editorial use only"');
    expect(json).not.toMatch(/"(contenttype|charcount|wordcount|copyrightholder|usageterms)"/);
  });

  it('3.0 and 3.1 differ only in standard.version', () => {
    expect(standard(seedBrief(), '3.0')).toEqual(standard(seedBrief(), '3.1'));
    const p30 = profiled(seedBrief(), '3.0');
    const p31 = profiled(seedBrief(), '3.1');
    expect({ ...p30, standard: null }).toEqual({ ...p31, standard: null });
    expect(p30.standard?.version).toBe('3.0');
    expect(p31.standard?.version).toBe('3.1');
  });
});

describe('ninjs: embargo', () => {
  const brief = { ...seedBrief(), embargoUntil: '2019-12-24T12:00:00.000Z' };

  it.each(NINJS_VERSIONS)('ninjs %s: embargo included only for entitled partners', (version) => {
    const key = version === '2.2' ? 'embargoed' : 'embargoedUntil';
    expect(field(standard(brief, version, { includeEmbargo: true }), key)).toBe('2019-12-24T12:00:00.000Z');
    expect(field(profiled(brief, version, { includeEmbargo: true }), key)).toBe('2019-12-24T12:00:00.000Z');
    expect(JSON.stringify(standard(brief, version, { includeEmbargo: false }))).not.toMatch(/embargo/i);
    expect(JSON.stringify(profiled(brief, version, { includeEmbargo: false }))).not.toMatch(/embargo/i);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: no embargo key when the brief has none, even for entitled partners', (version) => {
    expect(JSON.stringify(standard(seedBrief(), version, { includeEmbargo: true }))).not.toMatch(/embargo/i);
  });
});

describe('ninjs: partial briefs', () => {
  it.each(NINJS_VERSIONS)('ninjs %s: no photo → no featuremedia, related briefs renumber from 1', (version) => {
    const doc = standard({ ...seedBrief(), photo: null }, version);
    expect(doc.associations?.map((association) => association.name)).toEqual(['related-1', 'related-2']);
    expect(JSON.stringify(doc)).not.toContain('featuremedia');
    expect(JSON.stringify(doc)).not.toContain('Ahmad');
  });

  it.each(NINJS_VERSIONS)('ninjs %s: no tags → no concept arrays', (version) => {
    const doc = standard({ ...seedBrief(), tags: [] }, version);
    for (const key of ['subjects', 'places', 'organisations', 'people', 'events']) expect(doc).not.toHaveProperty(key);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: a bare brief keeps only what it has (no empty strings or arrays)', (version) => {
    const bare: PublicBrief = {
      ...seedBrief(),
      slugline: null,
      byline: '',
      dateline: '   ',
      summary: null,
      body: [],
      photo: null,
      credit: null,
      tags: [],
      relatedBriefs: [],
      relatedLinks: [],
      toll: null,
      firstPublishedAt: null,
    };
    const doc = standard(bare, version);
    const json = JSON.stringify(doc);
    expect(json).not.toContain('""');
    expect(json).not.toContain('[]');
    for (const key of ['slugline', 'by', 'located', 'descriptions', 'bodies', 'associations']) expect(doc).not.toHaveProperty(key);
    expect(field(doc, version === '2.2' ? 'firstcreated' : 'firstCreated')).toBe(bare.updatedAt);
    expectValid(profiled(bare, version), version);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: a photo without credit or caption has no empty descriptions or credits', (version) => {
    const brief: PublicBrief = {
      ...seedBrief(),
      credit: null,
      photo: { url: '/uploads/plain.png', alternativeText: null, width: null, height: 480.5, formats: {}, caption: '  ' },
    };
    const photo = standard(brief, version).associations?.[0];
    expect(photo).toEqual({
      name: 'featuremedia',
      uri: `${PUBLIC_URL}/uploads/plain.png`,
      type: 'picture',
      renditions: [{ name: 'original', href: `${PUBLIC_URL}/uploads/plain.png` }],
    });
  });

  it.each(NINJS_VERSIONS)('ninjs %s: photo URLs with spaces and accents are percent-encoded to stay valid URIs', (version) => {
    const brief: PublicBrief = {
      ...seedBrief(),
      photo: {
        ...seedBrief().photo!,
        url: `${PUBLIC_URL}/uploads/frappe aérienne.jpg`,
        formats: { thumbnail: { url: `${PUBLIC_URL}/uploads/thumbnail_frappe aérienne.jpg`, width: 200, height: 133 } },
      },
    };
    const photo = standard(brief, version).associations?.[0];
    expect(photo?.uri).toBe(`${PUBLIC_URL}/uploads/frappe%20a%C3%A9rienne.jpg`);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: an unusable photo URL drops the association instead of breaking the document', (version) => {
    const brief: PublicBrief = { ...seedBrief(), photo: { ...seedBrief().photo!, url: 'javascript:alert(1)' } };
    expect(standard(brief, version).associations?.map((association) => association.name)).toEqual(['related-1', 'related-2']);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: an urgency outside 1–9 is left out', (version) => {
    expect(standard({ ...seedBrief(), urgency: 0 }, version)).not.toHaveProperty('urgency');
    expect(standard({ ...seedBrief(), urgency: 4.5 }, version)).not.toHaveProperty('urgency');
  });

  it.each(NINJS_VERSIONS)('ninjs %s: withheld briefs are marked withheld', (version) => {
    const doc = standard({ ...seedBrief(), editorialStatus: 'withheld' }, version);
    expect(field(doc, version === '2.2' ? 'pubstatus' : 'pubStatus')).toBe('withheld');
  });
});

describe('ninjs: related links', () => {
  it.each(NINJS_VERSIONS)('ninjs %s: links follow related briefs; relative resolved, non-http dropped', (version) => {
    const brief: PublicBrief = {
      ...seedBrief(),
      relatedLinks: [
        { title: 'OSDH report', url: 'https://www.syriahr.com/en/report?id=1&lang=en' },
        { title: 'Our live page', url: '/live/idleb' },
        { title: 'Bad', url: 'javascript:alert(1)' },
        { title: '', url: 'http://example.org/untitled' },
      ],
    };
    const related = standard(brief, version).associations?.slice(1);
    expect(related).toEqual([
      expect.objectContaining({ name: 'related-1', uri: 'urn:newsroom:brief:r1d2o3c4u5m6e7n8t9i0d1a2:en' }),
      expect.objectContaining({ name: 'related-2', uri: 'urn:newsroom:brief:r9d8o7c6u5m4e3n2t1i0d9b8:en' }),
      {
        name: 'related-3',
        type: 'text',
        uri: 'https://www.syriahr.com/en/report?id=1&lang=en',
        headlines: [{ role: 'main', value: 'OSDH report' }],
      },
      { name: 'related-4', type: 'text', uri: `${PUBLIC_URL}/live/idleb`, headlines: [{ role: 'main', value: 'Our live page' }] },
      { name: 'related-5', type: 'text', uri: 'http://example.org/untitled' },
    ]);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: related briefs in another locale keep their own locale in the uri', (version) => {
    const brief: PublicBrief = {
      ...seedBrief(),
      relatedBriefs: [{ documentId: 'abc', locale: 'fr', slug: 'alep', headline: 'Alep : 15 morts, dont un enfant' }],
    };
    expect(standard(brief, version).associations?.[1]).toEqual({
      name: 'related-1',
      type: 'text',
      uri: 'urn:newsroom:brief:abc:fr',
      headlines: [{ role: 'main', value: 'Alep : 15 morts, dont un enfant' }],
    });
  });
});

describe('ninjs: every tag kind', () => {
  const brief: PublicBrief = {
    ...seedBrief(),
    tags: [
      tag('subject', 'Conflict', 'conflict'),
      tag('place', 'Idleb', 'idleb'),
      tag('organisation', 'United Nations', 'united-nations'),
      tag('person', 'Bashar al-Assad', 'bashar-al-assad'),
      tag('event', 'Idleb offensive 2019', 'idleb-offensive-2019'),
    ],
  };

  it.each(NINJS_VERSIONS)('ninjs %s: each kind lands in its own array', (version) => {
    const doc = standard(brief, version);
    expect(doc.subjects).toEqual([{ name: 'Conflict', uri: 'urn:newsroom:tag:subject:conflict', literal: 'conflict' }]);
    expect(doc.places).toEqual([{ name: 'Idleb', uri: 'urn:newsroom:tag:place:idleb', literal: 'idleb' }]);
    expect(doc.organisations).toEqual([
      { name: 'United Nations', uri: 'urn:newsroom:tag:organisation:united-nations', literal: 'united-nations' },
    ]);
    expect(doc.people).toEqual([
      { name: 'Bashar al-Assad', uri: 'urn:newsroom:tag:person:bashar-al-assad', literal: 'bashar-al-assad' },
    ]);
    expect(doc.events).toEqual([
      { name: 'Idleb offensive 2019', uri: 'urn:newsroom:tag:event:idleb-offensive-2019', literal: 'idleb-offensive-2019' },
    ]);
    profiled(brief, version);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: odd slugs are percent-encoded in the uri, literal kept', (version) => {
    const doc = standard({ ...seedBrief(), tags: [tag('place', 'Alep', 'alep ville/é')] }, version);
    expect(doc.places).toEqual([{ name: 'Alep', uri: 'urn:newsroom:tag:place:alep%20ville%2F%C3%A9', literal: 'alep ville/é' }]);
  });

  it('an unknown tag kind stored by mistake is ignored', () => {
    const doc = standard({ ...seedBrief(), tags: [{ kind: 'animal', name: 'Cat', slug: 'cat' } as unknown as PublicTag] }, '3.1');
    expect(JSON.stringify(doc)).not.toContain('Cat');
  });
});

describe('ninjs: escaping and languages', () => {
  const nasty = `Q&A: "Strikes" <live> — it's 5 > 3 & <b>bold</b>`;
  const brief: PublicBrief = {
    ...seedBrief(),
    headline: nasty,
    summary: nasty,
    byline: 'Jean "JD" Dupont & <AFP>',
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: nasty }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert("x")', children: [{ type: 'text', text: '<click>' }] }] },
    ],
    relatedBriefs: [{ documentId: 'x', locale: 'en', slug: 'x', headline: `<i>"Related"</i> & more` }],
  };

  it.each(NINJS_VERSIONS)('ninjs %s: headlines intact, body escaped', (version) => {
    const doc = standard(brief, version);
    expect(doc.headlines).toEqual([{ role: 'main', value: nasty }]);
    expect(doc.descriptions?.[0]).toEqual({ role: 'summary', value: nasty });
    expect(doc.by).toBe('Jean "JD" Dupont & <AFP>');
    expect(doc.associations?.[1]?.headlines).toEqual([{ role: 'main', value: `<i>"Related"</i> & more` }]);
    expect(doc.bodies?.[0]?.value).toBe(
      '<p>Q&amp;A: &quot;Strikes&quot; &lt;live&gt; — it&#39;s 5 &gt; 3 &amp; &lt;b&gt;bold&lt;/b&gt;</p><p>&lt;click&gt;</p>',
    );
    expect(doc.bodies?.[0]?.value).not.toContain('javascript');
    profiled(brief, version);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: French accents survive everywhere', (version) => {
    const fr: PublicBrief = {
      ...seedBrief(),
      locale: 'fr',
      headline: 'Alep : 15 morts, dont un enfant',
      dateline: 'Maaret Misrine, Syrie',
      summary: 'Des frappes russes ont tué au moins 15 civils, dont un enfant, selon l’OSDH.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Alep : 15 morts, dont un enfant, à Idleb — « bilan provisoire ».' }] }],
      toll: { ...SEED_TOLL, text: 'Au moins 15 civils tués, dont un enfant. Le bilan pourrait s’alourdir.' },
    };
    const doc = standard(fr, version);
    expect(doc.uri).toBe(`urn:newsroom:brief:${SEED_ID}:fr`);
    expect(doc.language).toBe('fr');
    expect(doc.headlines?.[0]?.value).toBe('Alep : 15 morts, dont un enfant');
    expect(doc.located).toBe('Maaret Misrine, Syrie');
    expect(doc.descriptions?.[1]?.value).toBe('Au moins 15 civils tués, dont un enfant. Le bilan pourrait s’alourdir.');
    const body = doc.bodies?.[0];
    expect(body?.value).toBe('<p>Alep : 15 morts, dont un enfant, à Idleb — « bilan provisoire ».</p>');
    expect(field(body, version === '2.2' ? 'wordcount' : 'wordCount')).toBe(10);
    expect(field(body, version === '2.2' ? 'charcount' : 'charCount')).toBe(
      'Alep : 15 morts, dont un enfant, à Idleb — « bilan provisoire ».'.length,
    );
    expect(profiled(fr, version).toll?.text).toBe('Au moins 15 civils tués, dont un enfant. Le bilan pourrait s’alourdir.');
  });
});

describe('ninjs: killed briefs (tombstones)', () => {
  const ref = { documentId: SEED_ID, locale: 'en', statusChangedAt: '2019-12-24T13:05:00.000Z', reason: 'Legal: wrong attribution.' };

  it('2.2 tombstone', () => {
    const doc = killedBriefToNinjs(ref, options('2.2'));
    expectValid(doc, '2.2');
    expect(doc).toEqual({
      uri: seedUri,
      type: 'text',
      version: '4',
      versioncreated: '2019-12-24T13:05:00.000Z',
      pubstatus: 'canceled',
      ednote: 'Legal: wrong attribution.',
      language: 'en',
      altids: [{ role: 'documentId', value: SEED_ID }],
    });
  });

  it.each(V3)('%s tombstone', (version) => {
    const doc = killedBriefToNinjs(ref, options(version));
    expectValid(doc, version);
    expect(doc).toEqual({
      uri: seedUri,
      type: 'text',
      version: '4',
      versionCreated: '2019-12-24T13:05:00.000Z',
      pubStatus: 'canceled',
      edNote: 'Legal: wrong attribution.',
      language: 'en',
      altIds: [{ role: 'documentId', value: SEED_ID }],
    });
  });

  it.each(NINJS_VERSIONS)('ninjs %s: default note without reason; profile adds only the standard', (version) => {
    const doc = killedBriefToNinjs({ ...ref, reason: null }, options(version));
    expectValid(doc, version);
    expect(field(doc, version === '2.2' ? 'ednote' : 'edNote')).toBe('This item has been killed.');
    const withProfile = killedBriefToNinjs({ ...ref, reason: '  ' }, options(version, { profile: 'newsroom' }));
    expectValid(withProfile, version, 'newsroom');
    expect(withProfile).not.toHaveProperty('toll');
    expect(withProfile.standard?.version).toBe(version);
  });

  it.each(NINJS_VERSIONS)('ninjs %s: a killed PublicBrief never leaks content', (version) => {
    for (const profile of [undefined, 'newsroom'] as const) {
      const doc = briefToNinjs({ ...seedBrief(), editorialStatus: 'killed' }, options(version, { profile }));
      expectValid(doc, version, profile);
      const json = JSON.stringify(doc);
      for (const leak of ['Idleb', 'AFP', 'headlines', 'bodies', 'descriptions', 'associations', 'toll"', 'subjects']) {
        expect(json).not.toContain(leak);
      }
      expect(field(doc, version === '2.2' ? 'pubstatus' : 'pubStatus')).toBe('canceled');
    }
  });
});

describe('ninjs: the extension schema describes toll precisely', () => {
  type Mutation = [string, (toll: Record<string, unknown>) => void];
  const firstCount = (toll: Record<string, unknown>): Record<string, unknown> =>
    ((toll.sources as Record<string, unknown>[])[0].counts as Record<string, unknown>[])[0];

  const garbage: Mutation[] = [
    ['an unknown toll key', (toll) => (toll.extra = true)],
    ['a missing required key', (toll) => delete toll.primarySource],
    ['a string version', (toll) => (toll.version = '2')],
    ['a zero version', (toll) => (toll.version = 0)],
    ['a non-boolean mayRise', (toll) => (toll.mayRise = 'yes')],
    ['a date-only asOf', (toll) => (toll.asOf = '2019-12-24')],
    ['no sources', (toll) => (toll.sources = [])],
    ['an unknown category', (toll) => (firstCount(toll).category = 'dead')],
    ['an unknown qualifier', (toll) => (firstCount(toll).qualifier = 'roughly')],
    ['a negative value', (toll) => (firstCount(toll).value = -1)],
    ['a fractional value', (toll) => (firstCount(toll).value = 15.5)],
    ['a numeric string value', (toll) => (firstCount(toll).value = '15')],
    ['between without valueMax', (toll) => Object.assign(firstCount(toll), { qualifier: 'between', valueMax: null })],
    ['an unknown key in a count', (toll) => (firstCount(toll).note = 'x')],
    ['an included count without group', (toll) => ((firstCount(toll).includes as Record<string, unknown>[])[0].group = undefined)],
    ['an unknown key in a source', (toll) => ((toll.sources as Record<string, unknown>[])[0].extra = 1)],
    ['a non-integer revision', (toll) => ((toll.sources as Record<string, unknown>[])[0].revision = 1.5)],
  ];

  it.each(NINJS_VERSIONS)('ninjs %s: the seed toll is valid', (version) => {
    profiled(seedBrief(), version);
  });

  describe.each(NINJS_VERSIONS)('ninjs %s rejects', (version) => {
    it.each(garbage)('%s', (_label, mutate) => {
      const doc = JSON.parse(JSON.stringify(profiled(seedBrief(), version))) as Record<string, unknown>;
      mutate(doc.toll as Record<string, unknown>);
      expect(validateNinjs(JSON.parse(JSON.stringify(doc)), version, { profile: 'newsroom' })).not.toBeNull();
    });
  });
});

describe('ninjs: uris and schemas', () => {
  it('builds item and tag uris', () => {
    expect(ninjsUri('abc', 'fr', 'urn:newsroom:brief:')).toBe('urn:newsroom:brief:abc:fr');
    expect(ninjsUri('a b', 'pt-BR', 'urn:x:')).toBe('urn:x:a%20b:pt-BR');
    expect(tagUriPrefix('urn:newsroom:brief:')).toBe('urn:newsroom:tag:');
    expect(tagUriPrefix('urn:afp:')).toBe('urn:afp:tag:');
    expect(tagUri('person', 'jane-doe', 'urn:newsroom:brief:')).toBe('urn:newsroom:tag:person:jane-doe');
  });

  it('uses a custom uri prefix everywhere', () => {
    const doc = standard(seedBrief(), '3.1', { uriPrefix: 'urn:afp:brief:' });
    expect(doc.uri).toBe(`urn:afp:brief:${SEED_ID}:en`);
    expect(doc.places?.[0]?.uri).toBe('urn:afp:tag:place:russia');
    expect(doc.associations?.[1]?.uri).toBe('urn:afp:brief:r1d2o3c4u5m6e7n8t9i0d1a2:en');
  });

  it('makes absolute http uris only', () => {
    expect(toAbsoluteHttpUri('/a b', 'https://x.org/')).toBe('https://x.org/a%20b');
    expect(toAbsoluteHttpUri('https://x.org/100%25/é#f#g', PUBLIC_URL)).toBe('https://x.org/100%25/%C3%A9#f%23g');
    expect(toAbsoluteHttpUri('//x.org/a', PUBLIC_URL)).toBeNull();
    expect(toAbsoluteHttpUri('mailto:a@b.c', PUBLIC_URL)).toBeNull();
    expect(toAbsoluteHttpUri(null, PUBLIC_URL)).toBeNull();
  });

  it('a trailing slash on publicUrl does not double the slash', () => {
    const doc = profiled(seedBrief(), '2.2', { publicUrl: `${PUBLIC_URL}/` });
    expect(doc.standard?.schema).toBe(`${PUBLIC_URL}/api/newsroom/schemas/ninjs-newsroom-2.2.json`);
  });

  it('rejects an unknown version', () => {
    expect(isNinjsVersion('2.1')).toBe(false);
    expect(() => briefToNinjs(seedBrief(), options('2.1' as NinjsVersion))).toThrow(/Unsupported ninjs version/);
  });

  it('serves one extension schema per version, with the served URL as $id', () => {
    const served = servedNinjsSchemas(PUBLIC_URL);
    expect(Object.keys(served)).toEqual(['ninjs-newsroom-2.2.json', 'ninjs-newsroom-3.0.json', 'ninjs-newsroom-3.1.json']);
    for (const version of NINJS_VERSIONS) {
      const schema = served[`ninjs-newsroom-${version}.json`];
      expect(schema.$id).toBe(`${PUBLIC_URL}/api/newsroom/schemas/ninjs-newsroom-${version}.json`);
      expect(schema.allOf).toEqual([{ $ref: `http://www.iptc.org/std/ninjs/ninjs-schema_${version}.json#/$defs/ninjsType` }]);
      expect(schema.unevaluatedProperties).toBe(false);
      expect(schema.required).toEqual(['uri']);
    }
    expect(newsroomNinjsSchema('3.0').$id).toBe('urn:newsroom:schema:ninjs-newsroom-3.0.json');
    expect(findServedNinjsSchema('ninjs-newsroom-3.1.json')?.$id).toBe('urn:newsroom:schema:ninjs-newsroom-3.1.json');
    expect(findServedNinjsSchema('ninjs-schema_3.1.json')).toBeNull();
    expect(findServedNinjsSchema('__proto__')).toBeNull();
  });

  it('the served schemas (with their URL as $id) compile and validate profile documents', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    ajv.addSchema(geoJsonJsonSchema());
    for (const version of NINJS_VERSIONS) ajv.addSchema(officialNinjsSchema(version));
    for (const version of NINJS_VERSIONS) {
      const doc = briefToNinjs(seedBrief(), options(version, { profile: 'newsroom' }));
      const validate = ajv.compile(servedNinjsSchemas(PUBLIC_URL)[`ninjs-newsroom-${version}.json`]);
      expect(validate.schema).toHaveProperty('$id', doc.standard?.schema);
      expect(validate(doc)).toBe(true);
      expect(validate({ ...doc, toll: { ...doc.toll, version: -1 } })).toBe(false);
    }
  });

  it('the shipped official schemas are the unchanged IPTC files (git blob ids)', () => {
    const dir = join(__dirname, '../../server/src/domain/ninjs/schemas');
    const blob = (file: string): string => {
      const bytes = readFileSync(join(dir, file));
      return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    };
    expect(blob('ninjs-schema_2.2.json')).toBe('a059965ec43e12fba4070eac67b8a76a10590838');
    expect(blob('ninjs-schema_3.0.json')).toBe('d6970244989f5333a99c8b262d02de631e4a1b3a');
    expect(blob('ninjs-schema_3.1.json')).toBe('a40ffb643478836fd696db30de76a053456b511f');
    expect(blob('GeoJSON-schema.json')).toBe('52b70289e449bce1518327b3b3d7216d660af9d5');
    expect(blob('LICENSE-IPTC')).toBe('385e193112fe73a1d58abd224dd656dc54c13a22');
    expect(officialNinjsSchema('3.1').$id).toBe('http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#');
  });
});
