import type { BlockNode, PhotoCredit, PublicBrief, PublicTag, TagKind, Toll } from '../../server/src/domain/contract';
import {
  DEFAULT_NINJS_URI_PREFIX,
  NINJS_VERSIONS,
  briefToNinjs,
  type NinjsOptions,
  type NinjsVersion,
} from '../../server/src/domain/ninjs';
import { blocksToPlainText } from '../../server/src/domain/brief/blocks-to-html';
import { parseNinjsImport } from '../../server/src/domain/wire/from-ninjs';
import { htmlToBlocks } from '../../server/src/domain/wire/html-blocks';
import type { WireParseResult, WireToll } from '../../server/src/domain/wire/types';
import { formatNinjsErrors, validateNinjs } from '../helpers/ninjs-validator';

// ---- A public brief like the seed ---------------------------------------------------------------------

const PUBLIC_URL = 'https://news.example.org';
const OSDH_COUNTS = [
  {
    category: 'killed' as const,
    value: 15,
    valueMax: null,
    qualifier: 'at-least' as const,
    group: 'civilians',
    includes: [{ group: 'children', value: 1, qualifier: 'exact' as const }],
  },
  { category: 'injured' as const, value: 20, valueMax: 30, qualifier: 'between' as const, group: null, includes: [] },
];
const SEED_TOLL: Toll = {
  version: 2,
  primarySource: 'OSDH',
  mayRise: true,
  mayRiseReason: 'many of the injured are in critical condition',
  asOf: '2019-12-24T10:55:00.000Z',
  text: 'At least 15 civilians killed, including a child. The toll may rise.',
  sources: [
    {
      source: 'White Helmets',
      revision: 1,
      asOf: '2019-12-24T09:30:00.000Z',
      counts: [{ category: 'killed', value: 12, valueMax: null, qualifier: 'exact', group: null, includes: [] }],
      mayRise: false,
      mayRiseReason: null,
      text: '12 killed.',
    },
    {
      source: 'OSDH',
      revision: 2,
      asOf: '2019-12-24T10:55:00.000Z',
      counts: OSDH_COUNTS,
      mayRise: true,
      mayRiseReason: 'many of the injured are in critical condition',
      text: 'At least 15 civilians killed, including a child. The toll may rise.',
    },
  ],
};

const SEED_BODY: BlockNode[] = [
  {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        text: 'At least 15 civilians, including a child, were killed Thursday in Russian air strikes in the Idleb region, according to the Syrian Observatory for Human Rights (OSDH).',
      },
    ],
  },
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Offensive' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'The strikes hit a market in ' },
      { type: 'text', text: 'Maaret Misrin', bold: true },
      { type: 'text', text: ', according to the ' },
      { type: 'link', url: 'https://www.syriahr.com/en/', children: [{ type: 'text', text: 'OSDH' }] },
      { type: 'text', text: ' & "others".' },
    ],
  },
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Exodus' }] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'Nearly a million displaced' }] },
      { type: 'list-item', children: [{ type: 'text', text: 'More than 470 civilians killed since ' }, { type: 'text', text: 'December', italic: true }] },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: 'The toll is likely to rise.' }] },
];

const tag = (kind: TagKind, name: string, slug: string): PublicTag => ({ kind, name, slug });

function seedBrief(overrides: Partial<PublicBrief> = {}): PublicBrief {
  return {
    documentId: 'k3v9q2m8w1x7c4b6n5z0a2s8',
    locale: 'en',
    slug: 'at-least-15-civilians-killed-in-russian-strikes-in-idleb',
    headline: 'At least 15 civilians, including a child, were killed Thursday in Russian air strikes in the Idleb region (northwest)',
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
      formats: { small: { url: `${PUBLIC_URL}/uploads/small_idleb_strike_3f2a9c.jpg`, width: 500, height: 333 } },
      caption: 'Smoke rises after Russian air strikes on Maaret Misrin (5 killed in an earlier strike).',
    },
    credit: { raw: 'Ahmad al-ATRASH / AFP', photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'], restrictions: [] },
    tags: [
      tag('subject', 'Air strikes', 'air-strikes'),
      tag('subject', 'World', 'world'),
      tag('place', 'Russia', 'russia'),
      tag('place', 'Syria', 'syria'),
      tag('place', 'Turkey', 'turkey'),
      tag('organisation', 'OSDH', 'osdh'),
      tag('person', 'Bashar al-Assad', 'bashar-al-assad'),
      tag('event', 'Syrian civil war', 'syrian-civil-war'),
    ],
    relatedBriefs: [
      {
        documentId: 'r1d2o3c4u5m6e7n8t9i0d1a2',
        locale: 'en',
        slug: 'turkey-says-idleb-ceasefire-must-hold',
        headline: 'Turkey says Idleb ceasefire must hold',
      },
    ],
    relatedLinks: [{ title: 'Thousands flee Idleb fighting', url: 'https://example.com/flee' }],
    toll: SEED_TOLL,
    corrections: [],
    ...overrides,
  };
}

function ninjsOf(brief: PublicBrief, version: NinjsVersion, profile?: 'newsroom'): Record<string, unknown> {
  const options: NinjsOptions = {
    version,
    profile,
    uriPrefix: DEFAULT_NINJS_URI_PREFIX,
    publicUrl: PUBLIC_URL,
    ninjsVersionNumber: 3,
    includeEmbargo: false,
  };
  const document = briefToNinjs(brief, options);
  // Our own output is valid ninjs in the first place (else the round trip proves nothing).
  expect(formatNinjsErrors(validateNinjs(document, version, { profile }))).toBe('valid');
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
}

function imported(document: unknown, options?: Parameters<typeof parseNinjsImport>[1]): WireParseResult {
  const outcome = parseNinjsImport(document, options);
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors, null, 2)}`);
  return outcome.result;
}

function expectedToll(toll: Toll): WireToll {
  const primary = toll.sources.find((source) => source.source === toll.primarySource)!;
  return {
    source: { value: toll.primarySource, span: null },
    counts: primary.counts.map((count) => ({
      ...count,
      includes: count.includes.map((include) => ({ ...include, valueMax: include.valueMax ?? null, span: null })),
      span: null,
    })),
    mayRise: toll.mayRise,
    mayRiseSpan: null,
    mayRiseReason: toll.mayRiseReason === null ? null : { value: toll.mayRiseReason, span: null },
    correction: null,
  };
}

/** The brief fields an import gives back, in the brief's own terms. */
function briefFieldsOf(result: WireParseResult) {
  return {
    language: result.language,
    headline: result.headline?.value ?? null,
    summary: result.summary?.value ?? null,
    byline: result.byline?.value ?? null,
    slugline: result.slugline?.value ?? null,
    dateline: result.dateline?.value ?? null,
    body: result.body,
    tags: result.tags.map(({ name, kind }) => ({ name, kind })),
    credit: result.photoCredit?.parsed ?? null,
    relatedTitles: result.relatedTitles.map((title) => title.value),
  };
}

function briefFields(brief: PublicBrief) {
  return {
    language: brief.locale,
    headline: brief.headline,
    summary: brief.summary,
    byline: brief.byline,
    slugline: brief.slugline,
    dateline: brief.dateline,
    body: brief.body,
    tags: brief.tags.map(({ name, kind }) => ({ name, kind })),
    credit: brief.credit,
    relatedTitles: [...brief.relatedBriefs.map((ref) => ref.headline), ...brief.relatedLinks.map((link) => link.title)],
  };
}

// ---- Round trip ---------------------------------------------------------------------------------------------

describe('parseNinjsImport: our own ninjs comes back as the same brief', () => {
  test.each(NINJS_VERSIONS)('ninjs %s (standard): same fields, no toll (the standard output has none)', (version) => {
    const brief = seedBrief();
    const result = imported(ninjsOf(brief, version));
    expect(briefFieldsOf(result)).toEqual(briefFields(brief));
    expect(result.subheads.map((subhead) => subhead.value)).toEqual(['Offensive', 'Exodus']);
    expect(result.photoCredit?.value).toBe('Ahmad al-ATRASH / AFP');
    expect(result.toll).toBeNull();
    expect(result.otherFigures).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test.each(NINJS_VERSIONS)('ninjs %s (newsroom profile): same fields and the toll of the primary source', (version) => {
    const brief = seedBrief();
    const result = imported(ninjsOf(brief, version, 'newsroom'));
    expect(briefFieldsOf(result)).toEqual(briefFields(brief));
    expect(result.toll).toEqual(expectedToll(SEED_TOLL));
  });

  test.each(NINJS_VERSIONS)('ninjs %s (newsroom profile): a French brief, restrictions and a corrected toll', (version) => {
    const correctedToll: Toll = {
      ...SEED_TOLL,
      mayRise: false,
      mayRiseReason: null,
      correction: {
        previousSource: 'OSDH',
        previous: [{ category: 'killed', value: 17, valueMax: null, qualifier: 'exact', group: null, includes: [] }],
        note: 'Two victims were counted twice.',
        at: '2019-12-24T10:55:00.000Z',
      },
    };
    const brief = seedBrief({
      locale: 'fr',
      headline: 'Syrie : au moins 15 civils tués dans des frappes russes à Idleb',
      summary: 'Des frappes russes ont tué au moins 15 civils, dont un enfant, selon l’OSDH.',
      byline: null,
      credit: {
        raw: 'Ahmad al-ATRASH / AFP / TURKEY OUT / NO SALES',
        photographers: ['Ahmad al-ATRASH'],
        agencies: ['AFP'],
        restrictions: ['TURKEY OUT', 'NO SALES'],
      },
      toll: correctedToll,
    });
    const result = imported(ninjsOf(brief, version, 'newsroom'));
    expect(briefFieldsOf(result)).toEqual(briefFields(brief));
    expect(result.toll).toEqual({ ...expectedToll(correctedToll), correction: { previous: 17, span: null } });
  });

  test('a brief without photo, tags, toll or summary comes back without them', () => {
    const brief = seedBrief({ photo: null, credit: null, tags: [], toll: null, summary: null, relatedBriefs: [], relatedLinks: [] });
    for (const version of NINJS_VERSIONS) {
      const result = imported(ninjsOf(brief, version, 'newsroom'));
      expect(briefFieldsOf(result)).toEqual(briefFields(brief));
      expect(result.photoCredit).toBeNull();
      expect(result.toll).toBeNull();
    }
  });
});

// ---- Partners' documents ------------------------------------------------------------------------------------

describe("parseNinjsImport: a partner's ninjs", () => {
  test('ninjs 2.x (lower-case keys, declared 2.1): HTML body with entities, concepts by literal, credit from by + copyrightholder, usageterms', () => {
    const result = imported({
      uri: 'urn:partner:item:123',
      standard: { name: 'ninjs', version: '2.1' },
      type: 'text',
      versioncreated: '2024-03-01T08:00:00Z',
      pubstatus: 'usable',
      language: 'en-GB',
      by: 'Jane Roe in Kyiv',
      headlines: [
        { role: 'short', value: 'Kyiv strikes' },
        { role: 'main', value: 'Drone strikes on Kyiv kill at least 3' },
      ],
      descriptions: [{ role: 'abstract', value: 'Russian drones hit residential buildings overnight.' }],
      bodies: [
        { role: 'main', contenttype: 'text/plain', value: 'ignored: the HTML body wins' },
        {
          role: 'main',
          contenttype: 'text/html',
          value:
            '<h2>Overnight&nbsp;attack</h2>\n<p>At least three people were killed,&#32;officials said &mdash; <em>Kyiv&#39;s</em> mayor.<br>More later.</p>' +
            '<script>alert(1)</script><p><a href="javascript:alert(1)">bad link</a></p>',
        },
      ],
      subjects: [{ name: 'Conflict', uri: 'http://cv.iptc.org/newscodes/mediatopic/16000000' }, { literal: 'drones' }],
      places: [{ name: 'Kyiv' }, { name: 'Ukraine' }],
      organisations: [{ name: 'UN' }],
      associations: [
        {
          name: 'featureimage',
          type: 'picture',
          uri: 'https://partner.example/p/1.jpg',
          by: 'Sergei SUPINSKY',
          copyrightholder: 'AFP',
          usageterms: 'EDITORIAL USE ONLY',
        },
      ],
    });
    expect(result.language).toBe('en');
    expect(result.headline?.value).toBe('Drone strikes on Kyiv kill at least 3');
    expect(result.summary?.value).toBe('Russian drones hit residential buildings overnight.');
    expect(result.byline?.value).toBe('Jane Roe in Kyiv');
    expect(result.body).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Overnight\u00a0attack' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'At least three people were killed, officials said — ' },
          { type: 'text', text: "Kyiv's", italic: true },
          { type: 'text', text: ' mayor.\nMore later.' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'bad link' }] },
    ]);
    expect(result.subheads).toEqual([{ value: 'Overnight\u00a0attack', span: null }]);
    expect(result.tags).toEqual([
      { name: 'Conflict', kind: 'subject', span: null },
      { name: 'drones', kind: 'subject', span: null },
      { name: 'Kyiv', kind: 'place', span: null },
      { name: 'Ukraine', kind: 'place', span: null },
      { name: 'UN', kind: 'organisation', span: null },
    ]);
    expect(result.photoCredit).toEqual({
      value: 'Sergei SUPINSKY / AFP',
      span: null,
      parsed: <PhotoCredit>{
        raw: 'Sergei SUPINSKY / AFP',
        photographers: ['Sergei SUPINSKY'],
        agencies: ['AFP'],
        restrictions: ['EDITORIAL USE ONLY'],
      },
    });
    expect(result.toll).toBeNull();
  });

  test('ninjs 3.0 (declared): plain-text body, creditline description, copyrightNotice ignored when a creditline exists', () => {
    const result = imported(
      {
        uri: 'urn:partner:item:456',
        standard: { name: 'ninjs', version: '3.0' },
        type: 'text',
        language: 'fr',
        headlines: [{ value: 'Séisme : au moins 20 morts' }],
        bodies: [{ contentType: 'text/plain', value: 'Premier paragraphe,\nsur deux lignes.\n\nSecond paragraphe.' }],
        associations: [
          {
            name: 'featuremedia',
            type: 'picture',
            uri: 'https://partner.example/p/2.jpg',
            descriptions: [{ role: 'creditline', value: 'AP PhotoEmrah Gurel' }],
            copyrightNotice: '© 2024 The Associated Press',
          },
        ],
        people: [{ name: 'Recep Tayyip Erdogan' }],
        events: [{ name: 'Turkey earthquake' }],
      },
      { language: 'en' },
    );
    expect(result.language).toBe('fr');
    expect(result.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Premier paragraphe, sur deux lignes.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second paragraphe.' }] },
    ]);
    expect(result.photoCredit?.parsed).toEqual({
      raw: 'AP PhotoEmrah Gurel',
      photographers: ['Emrah Gurel'],
      agencies: ['AP'],
      restrictions: [],
    });
    expect(result.tags.map(({ name, kind }) => [kind, name])).toEqual([
      ['person', 'Recep Tayyip Erdogan'],
      ['event', 'Turkey earthquake'],
    ]);
    expect(result.summary).toBeNull();
  });

  test('a picture with only a copyright notice, the configured agencies, and a language that is neither en nor fr', () => {
    const result = imported(
      {
        uri: 'urn:partner:item:789',
        language: 'de',
        headlines: [{ value: 'Unwetter in Bayern' }],
        associations: [{ name: 'featuremedia', type: 'picture', uri: 'https://partner.example/p/3.jpg', copyrightNotice: 'Jane Roe / Agence Example' }],
      },
      { language: 'fr', agencies: ['Agence Example'] },
    );
    expect(result.language).toBe('fr');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['wire.no_body', 'wire.language_unsupported']);
    expect(result.photoCredit?.parsed?.agencies).toEqual(['Agence Example']);
    expect(result.photoCredit?.parsed?.photographers).toEqual(['Jane Roe']);
  });

  test('no headline is a warning, not a refusal', () => {
    const result = imported({ uri: 'urn:partner:item:1', bodies: [{ value: '<p>Text only.</p>' }] });
    expect(result.headline).toBeNull();
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Text only.' }] }]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['wire.no_headline']);
  });
});

// ---- Refusals -----------------------------------------------------------------------------------------------

describe('parseNinjsImport: ninjs 1.x as agencies still send it (AP, Superdesk)', () => {
  const AP_1X = {
    uri: 'https://api.ap.org/media/v/content/0f3c1b2a',
    altids: { itemid: '0f3c1b2a', etag: '0f3c1b2a_0a2a' },
    // Not what the 1.5 schema says (a string), nor read: no reason to refuse the story.
    version: 3,
    type: 'text',
    language: 'en-US',
    versioncreated: '2024-10-14T13:45:12Z',
    pubstatus: 'usable',
    urgency: 2,
    headline: 'Israeli strikes kill 12 in southern Lebanon',
    headline_extended: 'Israeli strikes killed 12 people, including two children.',
    slugline: 'ML-Israel-Lebanon',
    // The agency's own fields, which 1.5 does not define.
    bylines: [{ by: 'By BASSEM MROUE', title: 'Associated Press' }],
    byline: 'BASSEM MROUE',
    description_summary: 'Israeli strikes killed 12 people in southern Lebanon on Monday.',
    subject: [{ name: 'Israel-Hamas war', scheme: 'http://cv.ap.org/id/', code: 'abc' }],
    place: [{ name: 'Lebanon' }],
    organisation: [{ name: 'Hezbollah' }],
    person: [{ name: 'Benjamin Netanyahu', rel: 'personFeatured' }],
    associations: {
      main: {
        uri: 'https://api.ap.org/media/v/content/pic1',
        type: 'picture',
        byline: 'Hussein Malla',
        copyrightholder: 'AP',
        usageterms: 'NO SALES',
        description_caption: 'Smoke rises after an Israeli strike.',
      },
      related1: { uri: 'https://api.ap.org/media/v/content/t2', type: 'text', headline: 'Hezbollah fires rockets at Haifa' },
    },
    body_nitf: '<nitf><body><body.content><p>ignored: the HTML body wins</p></body.content></body></nitf>',
    body_html: '<p>BEIRUT (AP) — Israeli strikes killed 12 people, including two children, the Health Ministry said.</p><h2>Villages hit</h2><p>The strikes hit villages.</p>',
  };

  test('read as 2.x: headline, summary, byline, body without its dateline, tags, credit, related title, slugline, dateline', () => {
    const result = imported(AP_1X);
    expect(result.language).toBe('en');
    expect(result.headline?.value).toBe('Israeli strikes kill 12 in southern Lebanon');
    expect(result.summary?.value).toBe('Israeli strikes killed 12 people in southern Lebanon on Monday.');
    expect(result.byline?.value).toBe('BASSEM MROUE');
    expect(result.slugline?.value).toBe('ML-Israel-Lebanon');
    expect(result.dateline?.value).toBe('BEIRUT');
    expect(blocksToPlainText(result.body)).toBe('Israeli strikes killed 12 people, including two children, the Health Ministry said.\nVillages hit\nThe strikes hit villages.');
    expect(result.subheads.map((subhead) => subhead.value)).toEqual(['Villages hit']);
    expect(result.tags.map((tag) => `${tag.kind}:${tag.name}`)).toEqual(['subject:Israel-Hamas war', 'place:Lebanon', 'organisation:Hezbollah', 'person:Benjamin Netanyahu']);
    expect(result.photoCredit?.parsed).toMatchObject({ photographers: ['Hussein Malla'], agencies: ['AP'], restrictions: ['NO SALES'] });
    expect(result.relatedTitles.map((title) => title.value)).toEqual(['Hezbollah fires rockets at Haifa']);
    expect(result.warnings).toEqual([]);
  });

  test('located is the dateline when the 1.x item gives it; a plain-text body is read as text', () => {
    const result = imported({ uri: 'urn:x', headline: 'Quake', located: 'Tokyo', body_text: 'A strong earthquake hit Japan.\n\nNo damage was reported.' });
    expect(result.dateline?.value).toBe('Tokyo');
    expect(result.body).toHaveLength(2);
  });
});

describe('parseNinjsImport refuses what is not importable ninjs, naming the path', () => {
  const valid3 = { uri: 'urn:partner:item:1', headlines: [{ value: 'Headline' }] };

  test.each<[string, unknown, (string | number)[], string]>([
    ['null', null, [], 'wire.ninjs_not_object'],
    ['an array', [valid3], [], 'wire.ninjs_not_object'],
    ['a string', '{"uri":"x"}', [], 'wire.ninjs_not_object'],
    ['an unknown declared version', { ...valid3, standard: { name: 'ninjs', version: '1.5' } }, ['standard', 'version'], 'wire.ninjs_version_unsupported'],
    ['a version that is not a string', { ...valid3, standard: { version: 3 } }, ['standard', 'version'], 'wire.ninjs_version_unsupported'],
    ['a 1.x headline that is not text', { uri: 'urn:x', headline: 5, body_html: '<p>x</p>' }, ['headline'], 'wire.ninjs_invalid'],
    ['a 1.x body that is not text', { uri: 'urn:x', headline: 'Old', body_html: ['<p>x</p>'] }, ['body_html'], 'wire.ninjs_invalid'],
    ["a 1.x picture's byline that is not text", { uri: 'urn:x', headline: 'Old', associations: { main: { type: 'picture', byline: 3 } } }, ['associations', 'main', 'byline'], 'wire.ninjs_invalid'],
    ['a killed 1.x item', { uri: 'urn:x', headline: 'Old', pubstatus: 'canceled' }, ['pubstatus'], 'wire.ninjs_canceled'],
    ['a 1.x picture item', { uri: 'urn:x', headline: 'Old', type: 'picture' }, ['type'], 'wire.ninjs_not_text'],
    ['no uri', { headlines: [{ value: 'Headline' }] }, ['uri'], 'wire.ninjs_invalid'],
    ['headlines not a list', { uri: 'urn:x', headlines: 'Headline' }, ['headlines'], 'wire.ninjs_invalid'],
    ['a headline without value', { uri: 'urn:x', headlines: [{ role: 'main' }] }, ['headlines', 0, 'value'], 'wire.ninjs_invalid'],
    ['an unknown property', { ...valid3, scoop: true }, ['scoop'], 'wire.ninjs_invalid'],
    ['urgency out of range', { ...valid3, urgency: 12 }, ['urgency'], 'wire.ninjs_invalid'],
    ['a 3.x key in a declared 2.2 document', { uri: 'urn:x', standard: { version: '2.2' }, versionCreated: '2024-01-01T00:00:00Z' }, ['versionCreated'], 'wire.ninjs_invalid'],
    ['a date that is not a date-time', { ...valid3, versionCreated: 'yesterday' }, ['versionCreated'], 'wire.ninjs_invalid'],
    ['a toll that is not ours', { ...valid3, toll: { killed: 15 } }, ['toll', 'version'], 'wire.ninjs_invalid'],
    ['a killed item', { ...valid3, pubStatus: 'canceled' }, ['pubStatus'], 'wire.ninjs_canceled'],
    ['a killed 2.x item', { uri: 'urn:x', pubstatus: 'canceled' }, ['pubstatus'], 'wire.ninjs_canceled'],
    ['a picture item', { ...valid3, type: 'picture' }, ['type'], 'wire.ninjs_not_text'],
  ])('%s', (_label, document, path, code) => {
    const outcome = parseNinjsImport(document);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((error) => error.path)).toContainEqual(path);
    for (const error of outcome.errors) {
      expect(error.code).toBe(code);
      // Named as the import route reports the path: under `ninjs`.
      expect(error.message.startsWith(`ninjs${error.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')} `)).toBe(true);
    }
  });

  test('a toll with a wrong count names the count', () => {
    const document = ninjsOf(seedBrief(), '3.1', 'newsroom');
    const toll = document.toll as Toll;
    const broken = { ...document, toll: { ...toll, sources: [{ ...toll.sources[0], counts: [{ ...OSDH_COUNTS[0], value: -1 }] }] } };
    const outcome = parseNinjsImport(broken);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.map((error) => error.path)).toContainEqual(['toll', 'sources', 0, 'counts', 0, 'value']);
  });

  test('at most 20 errors for a document full of them', () => {
    const document = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`unknown${index}`, index]));
    const outcome = parseNinjsImport({ uri: 'urn:x', ...document });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors).toHaveLength(20);
  });
});

// ---- HTML → blocks ------------------------------------------------------------------------------------------

describe('htmlToBlocks', () => {
  test.each<[string, string, BlockNode[]]>([
    ['a bare text', 'Just text', [{ type: 'paragraph', children: [{ type: 'text', text: 'Just text' }] }]],
    [
      'headings of every level kept',
      '<h1>One</h1><h3>Three</h3>',
      [
        { type: 'heading', level: 1, children: [{ type: 'text', text: 'One' }] },
        { type: 'heading', level: 3, children: [{ type: 'text', text: 'Three' }] },
      ],
    ],
    [
      'an ordered list with a nested list flattened',
      '<ol><li>One<ul><li>One a</li></ul></li><li>Two</li></ol>',
      [
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'One' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'One a' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'Two' }] },
          ],
        },
      ],
    ],
    [
      'a quote of paragraphs, a code block kept verbatim',
      '<blockquote><p>Said</p></blockquote><pre><code>a  &lt;b&gt;\n  c</code></pre>',
      [
        { type: 'quote', children: [{ type: 'text', text: 'Said' }] },
        { type: 'code', children: [{ type: 'text', text: 'a  <b>\n  c' }] },
      ],
    ],
    [
      'marks nest, unknown tags keep their text, comments go',
      '<p><strong>Bold <em>both</em></strong> <span class="x">plain</span><!-- note --> <u>u</u><s>s</s><code>c</code></p>',
      [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Bold ', bold: true },
            { type: 'text', text: 'both', bold: true, italic: true },
            { type: 'text', text: ' plain ' },
            { type: 'text', text: 'u', underline: true },
            { type: 'text', text: 's', strikethrough: true },
            { type: 'text', text: 'c', code: true },
          ],
        },
      ],
    ],
    [
      'images: http kept with alt, others dropped',
      '<figure><img src="https://example.com/a.jpg" alt="A &amp; B"></figure><img src="data:image/png;base64,xx">',
      [{ type: 'image', image: { url: 'https://example.com/a.jpg', alternativeText: 'A & B' }, children: [{ type: 'text', text: '' }] }],
    ],
    [
      'unclosed tags and a stray <',
      '<p>a < b <b>bold',
      [{ type: 'paragraph', children: [{ type: 'text', text: 'a < b ' }, { type: 'text', text: 'bold', bold: true }] }],
    ],
    ['styles and scripts dropped', '<style>p{}</style><script>x()</script><p>kept</p>', [{ type: 'paragraph', children: [{ type: 'text', text: 'kept' }] }]],
    ['empty blocks dropped', '<p> </p><p>&nbsp;</p><h2></h2><ul><li> </li></ul>', []],
  ])('%s', (_label, html, blocks) => {
    expect(htmlToBlocks(html)).toEqual(blocks);
  });

  test.each<[string, string]>([
    ['many opening tags', '<b>'.repeat(4_000)],
    ['many unclosed <', '<'.repeat(10_000)],
    ['an unclosed comment', `<!--${'x'.repeat(10_000)}`],
    ['an attribute soup', `<a ${'href="x" '.repeat(1_000)}>`],
    ['deep lists', '<ul><li>'.repeat(1_500)],
  ])('%s returns', (_label, html) => {
    expect(Array.isArray(htmlToBlocks(html))).toBe(true);
  });
});
