/**
 * The wire parser on the seed (AFP, 5 March 2020: playground/seed/afp-idleb-brief.txt, see its README) and on
 * briefs written for these tests in agency shape. Every extracted value's span must point at its text.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseWire } from '../../server/src/domain/wire/parse-wire';
import { TOLL_LIMITS } from '../../server/src/domain/toll/parse-revision-input';
import type { TextSpan, WireParseResult } from '../../server/src/domain/wire/types';

const SEED = readFileSync(join(__dirname, '../../playground/seed/afp-idleb-brief.txt'), 'utf8');

const at = (text: string, span: TextSpan | null): string | null => (span === null ? null : text.slice(span.start, span.end));

/** Every span of the result slices to a non-empty text of the copy (checked in one assertion: 10,000 figures are fast). */
function expectSpansInside(text: string, result: WireParseResult): void {
  const spans: TextSpan[] = [];
  const wrong: string[] = [];
  const add = (span: TextSpan | null | undefined): void => {
    if (span) spans.push(span);
  };
  add(result.headline?.span);
  add(result.photoCredit?.span);
  add(result.summary?.span);
  add(result.dateline?.span);
  result.subheads.forEach((entry) => add(entry.span));
  result.relatedTitles.forEach((entry) => add(entry.span));
  result.tags.forEach((entry) => add(entry.span));
  result.otherFigures.forEach((entry) => {
    add(entry.span);
    if (at(text, entry.span) !== entry.text) wrong.push(`other figure ${JSON.stringify(entry.text)}`);
  });
  result.toll?.counts.forEach((count) => {
    add(count.span);
    count.includes.forEach((include) => add(include.span));
  });
  add(result.toll?.source?.span);
  add(result.toll?.mayRiseSpan);
  add(result.toll?.mayRiseReason?.span);
  for (const span of spans) {
    if (!(span.start >= 0 && span.end <= text.length && span.end > span.start)) wrong.push(`span ${JSON.stringify(span)}`);
  }
  expect(wrong).toEqual([]);
}

/** The proposed toll is one the toll API accepts as it is. */
function expectWithinTollLimits(result: WireParseResult): void {
  const toll = result.toll;
  if (toll === null) return;
  expect(toll.counts.length).toBeLessThanOrEqual(TOLL_LIMITS.maxCounts);
  expect((toll.source?.value ?? '').length).toBeLessThanOrEqual(TOLL_LIMITS.maxSourceLength);
  expect((toll.mayRiseReason?.value ?? '').length).toBeLessThanOrEqual(TOLL_LIMITS.maxMayRiseReasonLength);
  for (const count of toll.counts) {
    expect(Number.isInteger(count.value) && count.value >= 0 && count.value <= TOLL_LIMITS.maxValue).toBe(true);
    expect(count.includes.length).toBeLessThanOrEqual(TOLL_LIMITS.maxIncludes);
    expect((count.group ?? '').length).toBeLessThanOrEqual(TOLL_LIMITS.maxGroupLength);
  }
}

describe('parseWire: the AFP Idleb seed', () => {
  const result = parseWire(SEED, { language: 'auto' });

  test('headline and photo credit of the first line', () => {
    expect(result.language).toBe('en');
    expect(result.headline?.value).toBe(
      'At least 15 civilians, including a child, were killed Thursday in Russian air strikes in the Idleb region (northwest)',
    );
    expect(at(SEED, result.headline?.span ?? null)).toBe(result.headline?.value);
    expect(result.photoCredit?.value).toBe('Ahmad al-ATRASH / AFP');
    expect(at(SEED, result.photoCredit?.span ?? null)).toBe('Ahmad al-ATRASH / AFP');
    expect(result.photoCredit?.parsed).toEqual({ raw: 'Ahmad al-ATRASH / AFP', photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'], restrictions: [] });
  });

  test('summary, body with two subheads as headings, two related titles', () => {
    expect(result.summary?.value).toMatch(/^According to the Syrian Observatory for Human Rights \(OSDH\), at least 15 civilians/);
    expect(result.summary?.value).toContain('north-western Syria, the last great');
    expect(result.subheads.map((entry) => entry.value)).toEqual([
      'Many injured in critical condition',
      'A meeting in Moscow between Vladimir Putin and Recep Tayyip Erdogan',
    ]);
    expect(result.body.map((block) => block.type)).toEqual([
      'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph',
    ]);
    expect(result.body[2]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: 'Many injured in critical condition' }] });
    expect(result.relatedTitles.map((entry) => entry.value)).toEqual([
      'Syria: Macron calls for "a lasting cease-fire" in the Idlib region',
      'Climbing in Syria: Ankara responds to the Assad regime after the death of 33 Turkish soldiers',
    ]);
    result.relatedTitles.forEach((entry) => expect(at(SEED, entry.span)).toBe(entry.value));
  });

  test('seven tags with their kinds', () => {
    expect(result.tags.map(({ name, kind }) => [name, kind])).toEqual([
      ['Air strikes', 'subject'],
      ['Russia', 'place'],
      ['Syria', 'place'],
      ['World', 'subject'],
      ['Turkey', 'place'],
      ['Offensive', 'subject'],
      ['OSDH', 'organisation'],
    ]);
    result.tags.forEach((tag) => expect(at(SEED, tag.span)).toBe(tag.name));
  });

  test('the toll: OSDH, at least 15 civilians killed including a child, may rise', () => {
    const toll = result.toll;
    expect(toll?.source?.value).toBe('OSDH');
    expect(at(SEED, toll?.source?.span ?? null)).toBe('OSDH');
    expect(toll?.counts.map(({ span: _span, includes, ...count }) => ({ ...count, includes: includes.map(({ span: _s, ...include }) => include) }))).toEqual([
      {
        category: 'killed',
        value: 15,
        valueMax: null,
        qualifier: 'at-least',
        group: 'civilians',
        includes: [{ group: 'children', value: 1, valueMax: null, qualifier: 'exact' }],
      },
    ]);
    expect(at(SEED, toll?.counts[0].span ?? null)).toBe('at least 15 civilians');
    expect(at(SEED, toll?.counts[0].includes[0].span ?? null)).toBe('a child');
    expect(toll?.mayRise).toBe(true);
    expect(toll?.mayRiseReason?.value).toBe('many of the injured are in critical condition');
    expect(at(SEED, toll?.mayRiseReason?.span ?? null)).toBe('many of the injured are in critical condition');
    expect(toll?.correction).toBeNull();
  });

  test('other figures: 470 and "nearly a million" as background', () => {
    const figures = result.otherFigures.filter((figure) => figure.reason === 'background');
    expect(figures.map((figure) => [figure.text, figure.count?.category, figure.count?.value, figure.count?.qualifier])).toEqual([
      ['nearly a million civilians', 'displaced', 1_000_000, 'nearly'],
      ['more than 470 civilians', 'killed', 470, 'more-than'],
    ]);
    expect(result.otherFigures.some((figure) => figure.text.includes('33'))).toBe(false);
    expectSpansInside(SEED, result);
  });
});

/** The seed's French version (AFP, the French fields of playground/seed/afp-idleb.js) laid out as agency copy. */
const SEED_FR = `Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d'Idleb (nord-ouest) - Ahmad al-ATRASH / AFP

Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d'Idleb, dans le nord-ouest de la Syrie, dernier grand bastion jihadiste et rebelle, selon l'Observatoire syrien des droits de l'Homme (OSDH).

Les frappes ont visé un secteur où s'étaient rassemblés des déplacés syriens, à l'extérieur de la localité de Maaret Misrin, selon l'ONG, qui dispose d'un vaste réseau de sources sur le terrain.

De nombreux blessés dans un état critique

Un correspondant a vu dans un hôpital local les corps de victimes enveloppés dans d'épaisses couvertures. Un secouriste portait le corps d'une fillette, la bouche remplie de gravats gris. Sur le site des frappes, deux grands bâtiments de plain-pied se sont effondrés. Selon l'OSDH, le bilan risque de s'alourdir car de nombreux blessés sont dans un état critique.

Avec l'appui de l'aviation russe, le régime syrien mène depuis décembre une vaste offensive contre la région d'Idleb, qui lui a permis de reconquérir la moitié de la province, dernier bastion contrôlé par les rebelles et les jihadistes, selon l'OSDH.

Rencontre à Moscou entre Vladimir Poutine et Recep Tayyip Erdogan

L'offensive a déplacé près d'un million de civils selon l'ONU, et tué plus de 470 civils, selon l'OSDH. Elle a aussi créé des frictions entre Ankara et Moscou. Si la Turquie soutient certains groupes rebelles et la Russie le régime, les deux pays ont renforcé ces dernières années leur coopération sur le dossier syrien.

Le président russe Vladimir Poutine et son homologue turc Recep Tayyip Erdogan doivent se rencontrer jeudi à Moscou pour chercher une solution afin d'apaiser les tensions en Syrie, qui font peser la menace d'un conflit direct entre la Russie et la Turquie sur le sol syrien.


Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d'Idleb


Escalade en Syrie : Ankara riposte au régime d'Assad après la mort de 33 soldats turcs

  • Frappes aériennes
  • Russie
  • Syrie
  • Monde
  • Turquie
  • Offensive
  • OSDH
`;

describe('parseWire: the seed in French', () => {
  const result = parseWire(SEED_FR, { language: 'auto' });

  test('same structure as the English seed', () => {
    expect(result.language).toBe('fr');
    expect(result.headline?.value).toBe("Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d'Idleb (nord-ouest)");
    expect(result.photoCredit?.value).toBe('Ahmad al-ATRASH / AFP');
    expect(result.subheads.map((entry) => entry.value)).toEqual(['De nombreux blessés dans un état critique', 'Rencontre à Moscou entre Vladimir Poutine et Recep Tayyip Erdogan']);
    expect(result.relatedTitles).toHaveLength(2);
    expect(result.tags.map(({ name, kind }) => [name, kind])).toEqual([
      ['Frappes aériennes', 'subject'], ['Russie', 'place'], ['Syrie', 'place'], ['Monde', 'subject'], ['Turquie', 'place'],
      ['Offensive', 'subject'], ['OSDH', 'organisation'],
    ]);
    expect(result.toll?.source?.value).toBe('OSDH');
    expect(result.toll?.counts.map(({ category, value, qualifier, group, includes }) => ({ category, value, qualifier, group, includes: includes.map((include) => [include.group, include.value, include.qualifier]) }))).toEqual([
      { category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians', includes: [['children', 1, 'exact']] },
    ]);
    expect(at(SEED_FR, result.toll?.counts[0].span ?? null)).toBe('Au moins 15 civils');
    expect(result.toll?.mayRise).toBe(true);
    expect(result.toll?.mayRiseReason?.value).toBe('de nombreux blessés sont dans un état critique');
    expect(result.otherFigures.filter((figure) => figure.reason === 'background').map((figure) => [figure.text, figure.count?.category])).toEqual([
      ["près d'un million de civils", 'displaced'],
      ['plus de 470 civils', 'killed'],
    ]);
    expect(result.warnings).toEqual([]);
    expectSpansInside(SEED_FR, result);
  });

  test('typographic apostrophes and narrow no-break spaces read the same', () => {
    const typographic = SEED_FR.replace(/'/g, '\u2019').replace(/ ([:;!?»])/g, '\u202f$1').replace(/« /g, '«\u202f').replace(/15 civils/g, '15\u00a0civils');
    const other = parseWire(typographic, { language: 'auto' });
    expect(other.language).toBe('fr');
    expect(other.toll?.source?.value).toBe('OSDH');
    expect(other.toll?.counts.map(({ span: _span, includes, ...count }) => ({ ...count, includes: includes.map(({ span: _s, ...include }) => include) }))).toEqual(
      result.toll?.counts.map(({ span: _span, includes, ...count }) => ({ ...count, includes: includes.map(({ span: _s, ...include }) => include) })),
    );
    expect(other.toll?.mayRiseReason?.value).toBe('de nombreux blessés sont dans un état critique');
    expect(other.otherFigures.filter((figure) => figure.reason === 'background')).toHaveLength(2);
    expect(other.tags).toHaveLength(7);
    expectSpansInside(typographic, other);
  });
});

describe('parseWire: tag kinds', () => {
  test('places, organisations, acronyms, people named with a title in the copy, subjects; settings add to the lists', () => {
    const text = [
      'Putin and Erdogan meet in Moscow - Pavel GOLOVKIN / AFP',
      '',
      'MOSCOW (AFP) - Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan met on Thursday, the Kremlin said.',
      '',
      '  • Vladimir Putin',
      '  • Recep Tayyip Erdogan',
      '  • Moscow',
      '  • Kremlin',
      '  • NATO',
      '  • Diplomacy',
      '  • Jane Doe',
      '  • Newsroom Weekly',
      '  • Transnistria',
    ].join('\n');
    const result = parseWire(text, { organisations: ['Newsroom Weekly'], places: ['Transnistria'] });
    expect(result.tags.map(({ name, kind }) => [name, kind])).toEqual([
      ['Vladimir Putin', 'person'],
      ['Recep Tayyip Erdogan', 'person'],
      ['Moscow', 'place'],
      ['Kremlin', 'organisation'],
      ['NATO', 'organisation'],
      ['Diplomacy', 'subject'],
      ['Jane Doe', 'subject'],
      ['Newsroom Weekly', 'organisation'],
      ['Transnistria', 'place'],
    ]);
    result.tags.forEach((tag) => expect(at(text, tag.span)).toBe(tag.name));
  });

  test('events by name and shape, a surname whose full name the copy gives with a title, islands', () => {
    const text = [
      'Headline about the summit',
      '',
      'DUBAI (AFP) - Russian President Vladimir Putin did not attend. The health minister of France spoke.',
      '',
      'Tags: COP28, G20, Olympics, Euro 2024, NATO summit, G20 summit, Sommet de l’Otan, Asian Games, Hajj, Putin, Health, Lampedusa, World Economic Forum',
    ].join('\n');
    expect(parseWire(text).tags.map(({ name, kind }) => [name, kind])).toEqual([
      ['COP28', 'event'],
      // The group of countries; its summit is an event.
      ['G20', 'organisation'],
      ['Olympics', 'event'],
      ['Euro 2024', 'event'],
      ['NATO summit', 'event'],
      ['G20 summit', 'event'],
      ['Sommet de l’Otan', 'event'],
      ['Asian Games', 'event'],
      ['Hajj', 'event'],
      ['Putin', 'person'],
      // "minister of France": no name follows the title.
      ['Health', 'subject'],
      ['Lampedusa', 'place'],
      ['World Economic Forum', 'organisation'],
    ]);
  });
});

describe('parseWire: robustness', () => {
  test.each<[string, string]>([
    ['empty text', ''],
    ['blank lines only', '\n\n  \r\n\t\n'],
    ['binary junk', Array.from({ length: 4000 }, (_, index) => String.fromCharCode((index * 7919) % 65_536)).join('')],
    ['NUL bytes', '\u0000'.repeat(5000)],
    ['lone surrogates', '\ud800\udc00\ud800 15 killed \udfff'],
  ])('%s does not throw', (_name, text) => {
    const result = parseWire(text);
    expect(Array.isArray(result.body)).toBe(true);
    expectSpansInside(text, result);
  });

  test('CRLF line endings, tabs and non-breaking spaces read like LF and spaces', () => {
    const crlf = SEED.replace(/\n/g, '\r\n').replace(/ {2}•/g, '\t•').replace(/at least 15 civilians/g, 'at\u00a0least 15\u00a0civilians');
    const result = parseWire(crlf);
    expect(result.headline?.value).toBe(parseWire(SEED).headline?.value);
    expect(result.photoCredit?.value).toBe('Ahmad al-ATRASH / AFP');
    expect(result.subheads).toHaveLength(2);
    expect(result.relatedTitles).toHaveLength(2);
    expect(result.tags).toHaveLength(7);
    expect(result.toll?.counts[0]).toMatchObject({ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians' });
    expect(at(crlf, result.toll?.counts[0].span ?? null)).toBe('at\u00a0least 15\u00a0civilians');
    expectSpansInside(crlf, result);
  });

  test.each<[string, () => string]>([
    ['100 KB of copy', () => SEED.repeat(Math.ceil(100_000 / SEED.length)).slice(0, 100_000)],
    ['100 KB of one unpunctuated line of figures', () => '15 killed 20 injured including 3 children '.repeat(2500).slice(0, 100_000)],
    ['100 KB of digits and separators', () => '1,000 000.000 '.repeat(7200).slice(0, 100_000)],
    ['100 KB of commas and qualifiers', () => 'at least , including , dont , between 1 and '.repeat(2300).slice(0, 100_000)],
    ['100 KB without spaces', () => 'a'.repeat(100_000)],
    ['100 KB of since and toll words', () => 'the offensive has killed since the toll rose to '.repeat(2100).slice(0, 100_000)],
    ['100 KB of small words (the acronym finder)', () => `Headline\n\n${'of Aaa '.repeat(15000)}`.slice(0, 100_000)],
    ['100 KB of open brackets (captions)', () => `Headline\n\n${'(Photo by '.repeat(10000)}`.slice(0, 100_000)],
    ['100 KB of elisions', () => "l'l'l'd'qu'".repeat(9100).slice(0, 100_000)],
    ['100 KB of ranges', () => 'between 1 and 2 and 3 and 4 '.repeat(3600).slice(0, 100_000)],
    ['100 KB of sub-counts', () => 'Among the dead were 3 children and 2 women and '.repeat(2200).slice(0, 100_000)],
    ['100 KB of ages', () => 'a 27-year-old in her 60s aged 5 '.repeat(3200).slice(0, 100_000)],
    ['100 KB of one slugline', () => `${'AAAA-'.repeat(20000)}\nHeadline`],
  ])('%s: returns (no catastrophic backtracking)', (_name, build) => {
    const text = build();
    const result = parseWire(text);
    expect(result).toBeDefined();
    expectSpansInside(text, result);
    expectWithinTollLimits(result);
  });

  test('a figure above any toll the desk can record is no count', () => {
    const result = parseWire('Headline\n\n999,999,999 people were killed, and 12,000,000 displaced.');
    expect(result.toll).toBeNull();
    expect(result.otherFigures.map((figure) => figure.reason)).toEqual(['not-casualties', 'not-casualties']);
  });

  test('at most the number of counts and sub-counts the toll API takes', () => {
    const categories = ['killed', 'injured', 'missing', 'arrested', 'evacuated'];
    const groups = ['civilians', 'soldiers', 'children', 'women', 'journalists', 'students'];
    const sentences = categories.flatMap((category) => groups.map((group, index) => `${index + 2} ${group} were ${category}.`));
    const includes = Array.from({ length: 14 }, (_, index) => `${index + 1} ${groups[index % groups.length]}`).join(', ');
    const result = parseWire(`Headline\n\n${sentences.join(' ')} In all 200 people were hurt, including ${includes}.`);
    expectWithinTollLimits(result);
    expect(result.toll?.counts.length).toBeGreaterThan(0);
  });
});

describe('parseWire: dispatches as the wires send them', () => {
  const AFP_WIRE = [
    'Syria-conflict-Russia,lead',
    "Russian strikes kill 15 civilians in Syria's Idlib: monitor",
    'by Maya Gebeily',
    '',
    'BEIRUT, Feb 27, 2020 (AFP) - Russian air strikes killed 15 civilians including a child in northwest Syria on Thursday, a war monitor said.',
    '',
    'mg/hc/sw',
  ].join('\n');
  const REUTERS_WIRE = [
    'UPDATE 2-Gunmen kill 12 in attack on Nigerian village',
    '',
    'By Garba Muhammad',
    '',
    '(Adds police comment, paragraphs 3-4)',
    '',
    "KADUNA, Nigeria, March 3 (Reuters) - Gunmen killed at least 12 people in an attack on a village in Zamfara state, police said on Sunday.",
    '',
    '(Reporting by Garba Muhammad; Editing by Mark Potter)',
  ].join('\n');
  const AP_WIRE = [
    'Israeli strike kills 7 aid workers in Gaza',
    '',
    'By WAFAA SHURAFA and SAMY MAGDY Associated Press',
    '',
    'DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike killed seven aid workers with a charity, the group said Tuesday.',
    '',
    '___',
    '',
    'Magdy reported from Cairo. Associated Press writer Julia Frankel contributed from Jerusalem.',
  ].join('\n');
  const AP_WIRE_NO_RULE = [
    'Israeli strike kills 7 aid workers in Gaza',
    '',
    'DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike killed seven aid workers with a charity, the group said Tuesday.',
    '',
    'Associated Press writer Julia Frankel in Jerusalem contributed to this report.',
  ].join('\n');

  const AFP_FRENCH_WIRE = [
    'Syrie-conflit-Russie,PREV',
    'Syrie: au moins 15 civils tués dans des frappes russes (OSDH)',
    'Par Maya GEBEILY',
    '',
    "BEYROUTH, 27 fév 2020 (AFP) - Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes, a indiqué l'Observatoire syrien des droits de l'Homme (OSDH).",
    '',
    'mg/tp/sba',
    '',
    '© Agence France-Presse',
  ].join('\n');

  test('AFP in French: the copyright line of the text is no photo credit', () => {
    const result = parseWire(AFP_FRENCH_WIRE);
    expect(result.slugline?.value).toBe('Syrie-conflit-Russie,PREV');
    expect(result.headline?.value).toBe('Syrie: au moins 15 civils tués dans des frappes russes (OSDH)');
    expect(result.byline?.value).toBe('Maya GEBEILY');
    expect(result.photoCredit).toBeNull();
    expect(result.body).toHaveLength(1);
  });

  test("Reuters: the photo caption pasted above the headline is a caption, its bare credit the picture's", () => {
    const text = [
      'FILE PHOTO: A view shows damaged buildings in Idlib, Syria, March 5, 2020. REUTERS/Khalil Ashawi/File Photo',
      '',
      "Russian strikes kill 15 civilians in Syria's Idlib, monitor says",
      '',
      "AMMAN (Reuters) - Russian air strikes killed at least 15 civilians in northwest Syria on Thursday, a war monitor said.",
    ].join('\n');
    const result = parseWire(text);
    expect(result.headline?.value).toBe("Russian strikes kill 15 civilians in Syria's Idlib, monitor says");
    expect(result.photoCredit?.value).toBe('REUTERS/Khalil Ashawi/File Photo');
    expect(at(text, result.photoCredit?.span ?? null)).toBe('REUTERS/Khalil Ashawi/File Photo');
    expect(result.photoCredit?.parsed).toMatchObject({ photographers: ['Khalil Ashawi'], agencies: ['Reuters'] });
    expect(result.body).toHaveLength(1);
    expect(result.dateline?.value).toBe('AMMAN');
    expectSpansInside(text, result);
  });

  test('a story pasted from a web page: its time stamps, "Read more:" and sharing buttons are not the story', () => {
    const text = [
      'Israeli strikes kill 12 in Lebanon',
      '',
      'Published on 14 Oct 2024, 10:32 GMT',
      'Updated 14 Oct 2024, 12:05 GMT',
      '',
      'Beirut (AFP) - Israeli strikes on south Lebanon killed 12 people on Monday, the health ministry said.',
      '',
      'Advertisement',
      '',
      'Read more: Lebanon\'s displaced fill schools',
      '',
      'Share this article',
    ].join('\n');
    const result = parseWire(text);
    expect(result.body.filter((block) => block.type === 'paragraph')).toHaveLength(1);
    expect(result.relatedTitles.map((title) => title.value)).toEqual(["Lebanon's displaced fill schools"]);
    expect(result.relatedTitles.map((title) => at(text, title.span))).toEqual(["Lebanon's displaced fill schools"]);
    expectSpansInside(text, result);
  });

  test.each<[string, string]>([
    ['By Nidal al-Mughrabi', 'Nidal al-Mughrabi'],
    ['By Hatem Maher and Aidan Lewis', 'Hatem Maher and Aidan Lewis'],
    ["Par Rouba EL HUSSEINI", 'Rouba EL HUSSEINI'],
    ["By Ahmed el-Sisi and Jean d'Arcy", "Ahmed el-Sisi and Jean d'Arcy"],
  ])('a byline with its particles: %s', (line, byline) => {
    const result = parseWire(`Strikes kill 30\n\n${line}\n\nCAIRO, Aug 10 (Reuters) - Strikes killed 30 people, officials said.`);
    expect(result.byline?.value).toBe(byline);
    expect(result.dateline?.value).toBe('CAIRO, Aug 10');
  });

  test.each<[string, string, string]>([
    ['BEIJING, Dec. 3 (Xinhua) -- Five people were killed, officials said.', 'BEIJING, Dec. 3', 'Five people were killed, officials said.'],
    ['ANKARA (AA) - Nine people were killed, the governor said.', 'ANKARA', 'Nine people were killed, the governor said.'],
    ['MADRID, Dec 3 (EFE).- At least 13 people died in a fire, emergency services said.', 'MADRID, Dec 3', 'At least 13 people died in a fire, emergency services said.'],
    ['Bern (dpa) - Three skiers were killed in an avalanche, police said.', 'Bern', 'Three skiers were killed in an avalanche, police said.'],
  ])('the dateline as each agency writes it: %s', (lead, dateline, summary) => {
    const result = parseWire(`Headline\n\n${lead}`);
    expect(result.dateline?.value).toBe(dateline);
    expect(result.summary?.value).toBe(summary);
  });

  test.each<[string, string]>([
    ['URGENT: Blast at Pakistan mosque kills 59', 'Blast at Pakistan mosque kills 59'],
    ['ALERTE - Séisme au Japon', 'Séisme au Japon'],
    ['BREAKING NEWS: Quake hits Japan', 'Quake hits Japan'],
  ])('an urgency label is not part of the headline: %s', (line, headline) => {
    const text = `${line}\n\nTOKYO (AFP) - A strong earthquake hit Japan on Monday, officials said.`;
    expect(parseWire(text).headline?.value).toBe(headline);
    expect(at(text, parseWire(text).headline?.span ?? null)).toBe(headline);
  });

  test.each<[string, string, { slugline: string | null; headline: string; byline: string | null; dateline: string; paragraphs: number }]>([
    ["AFP: the keyword slug above the headline, the byline under it", AFP_WIRE, {
      slugline: 'Syria-conflict-Russia,lead', headline: "Russian strikes kill 15 civilians in Syria's Idlib: monitor", byline: 'Maya Gebeily', dateline: 'BEIRUT, Feb 27, 2020', paragraphs: 1,
    }],
    ["Reuters: the version tag is not the headline's", REUTERS_WIRE, {
      slugline: null, headline: 'Gunmen kill 12 in attack on Nigerian village', byline: 'Garba Muhammad', dateline: 'KADUNA, Nigeria, March 3', paragraphs: 1,
    }],
    ["AP: the agency is not a writer, the end notes after ___ are not the story", AP_WIRE, {
      slugline: null, headline: 'Israeli strike kills 7 aid workers in Gaza', byline: 'WAFAA SHURAFA and SAMY MAGDY', dateline: 'DEIR AL-BALAH, Gaza Strip', paragraphs: 1,
    }],
    ["AP: the contributors' line is not the story, even without the rule", AP_WIRE_NO_RULE, {
      slugline: null, headline: 'Israeli strike kills 7 aid workers in Gaza', byline: null, dateline: 'DEIR AL-BALAH, Gaza Strip', paragraphs: 1,
    }],
  ])('%s', (_name, text, expected) => {
    const result = parseWire(text);
    expect(result.slugline?.value ?? null).toBe(expected.slugline);
    expect(result.headline?.value).toBe(expected.headline);
    expect(result.byline?.value ?? null).toBe(expected.byline);
    if (expected.byline !== null) expect(at(text, result.byline?.span ?? null)).toBe(expected.byline);
    expect(at(text, result.headline?.span ?? null)).toBe(expected.headline);
    expect(result.dateline?.value).toBe(expected.dateline);
    expect(result.body.filter((block) => block.type === 'paragraph')).toHaveLength(expected.paragraphs);
    expectSpansInside(text, result);
  });
});
