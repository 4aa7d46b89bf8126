/**
 * The AFP Idleb brief (afp-idleb-brief.txt) as structured data, English and French, plus the briefs around it.
 * Text: AFP, 5 March 2020 (see README.md).
 */
const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const heading = (text) => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

const tags = [
  { name: 'Air strikes', kind: 'subject' },
  { name: 'Russia', kind: 'place' },
  { name: 'Syria', kind: 'place' },
  { name: 'World', kind: 'subject' },
  { name: 'Turkey', kind: 'place' },
  { name: 'Offensive', kind: 'subject' },
  { name: 'OSDH', kind: 'organisation' },
];

const relatedBriefs = [
  {
    externalId: 'seed-afp-macron-idlib-ceasefire',
    firstPublishedAt: '2020-03-04T16:40:00.000Z',
    byline: 'AFP',
    urgency: 4,
    slugline: 'SYRIA-CONFLICT-FRANCE',
    en: {
      headline: 'Syria: Macron calls for "a lasting cease-fire" in the Idlib region',
      dateline: 'Paris, France',
      summary: 'French President Emmanuel Macron called for "a lasting cease-fire" in the Idlib region of north-western Syria.',
    },
    fr: {
      headline: 'Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d\'Idleb',
      dateline: 'Paris, France',
      summary: 'Le président français Emmanuel Macron a appelé à « un cessez-le-feu durable » dans la région d\'Idleb, dans le nord-ouest de la Syrie.',
    },
  },
  {
    externalId: 'seed-afp-ankara-responds',
    firstPublishedAt: '2020-02-28T07:15:00.000Z',
    byline: 'AFP',
    urgency: 3,
    slugline: 'SYRIA-CONFLICT-TURKEY',
    en: {
      headline: 'Climbing in Syria: Ankara responds to the Assad regime after the death of 33 Turkish soldiers',
      dateline: 'Ankara, Turkey',
      summary: 'Turkey struck Syrian regime targets after 33 Turkish soldiers were killed in an air strike in the Idleb region.',
    },
    fr: {
      headline: 'Escalade en Syrie : Ankara riposte au régime d\'Assad après la mort de 33 soldats turcs',
      dateline: 'Ankara, Turquie',
      summary: 'La Turquie a frappé des cibles du régime syrien après la mort de 33 soldats turcs dans une frappe aérienne dans la région d\'Idleb.',
    },
  },
];

const mainBrief = {
  externalId: 'seed-afp-idleb-2020-03-05',
  firstPublishedAt: '2020-03-05T09:12:00.000Z',
  byline: 'AFP',
  urgency: 3,
  slugline: 'SYRIA-CONFLICT',
  photoCredit: 'Ahmad al-ATRASH / AFP',
  embargoUntil: null,
  relatedLinks: [{ title: 'Syrian Observatory for Human Rights', url: 'https://www.syriahr.com/en/' }],
  en: {
    headline: 'At least 15 civilians, including a child, killed in Russian strikes in Syria\'s Idleb',
    dateline: 'Maaret Misrin, Syria',
    summary:
      'According to the Syrian Observatory for Human Rights (OSDH), at least 15 civilians, including a child, were killed on Thursday during Russian air strikes in the Idleb region, in north-western Syria, the last great jihadist and rebel stronghold.',
    photoCaption: 'At least 15 civilians, including a child, were killed Thursday in Russian air strikes in the Idleb region (northwest).',
    body: [
      paragraph(
        'According to the Syrian Observatory for Human Rights (OSDH), at least 15 civilians, including a child, were killed on Thursday during Russian air strikes in the Idleb region, in north-western Syria, the last great jihadist and rebel stronghold.',
      ),
      paragraph('The strikes targeted an area where displaced Syrians had gathered outside the town of Maaret Misrin, according to the NGO, which has an extensive network of sources on the ground.'),
      heading('Many injured in critical condition'),
      paragraph(
        'A correspondent saw the bodies of some victims wrapped in thick blankets in a local hospital. A rescuer carried the corpse of a little girl, whose mouth was filled with gray debris. At the site of the strikes, two large one-story buildings collapsed. According to the OSDH, the balance sheet is likely to increase because many of the injured are in critical condition.',
      ),
      paragraph(
        'With the help of Russian aviation, the Syrian regime has been waging a vast offensive against the Idleb region since December, allowing the reconquest of half of the province, the last bastion controlled by rebels and jihadists, according to the OSDH.',
      ),
      heading('A meeting in Moscow between Vladimir Putin and Recep Tayyip Erdogan'),
      paragraph(
        'The offensive displaced nearly a million civilians according to the UN, and killed more than 470 civilians, according to the OSDH. It has also created friction between Ankara and Moscow. While Turkey supports certain rebel groups and Russia supports the regime, the two countries have been strengthening their cooperation on the Syrian issue in recent years.',
      ),
      paragraph(
        'Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan to meet in Moscow on Thursday to seek a solution to ease tensions in Syria, which pose the threat of direct conflict between Russia and Turkey on Syrian soil.',
      ),
    ],
  },
  fr: {
    headline: 'Syrie : au moins 15 civils, dont un enfant, tués dans des frappes russes à Idleb',
    dateline: 'Maaret Misrin, Syrie',
    summary:
      'Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d\'Idleb, dans le nord-ouest de la Syrie, dernier grand bastion jihadiste et rebelle, selon l\'Observatoire syrien des droits de l\'Homme (OSDH).',
    photoCaption: 'Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d\'Idleb (nord-ouest).',
    body: [
      paragraph(
        'Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d\'Idleb, dans le nord-ouest de la Syrie, dernier grand bastion jihadiste et rebelle, selon l\'Observatoire syrien des droits de l\'Homme (OSDH).',
      ),
      paragraph('Les frappes ont visé un secteur où s\'étaient rassemblés des déplacés syriens, à l\'extérieur de la localité de Maaret Misrin, selon l\'ONG, qui dispose d\'un vaste réseau de sources sur le terrain.'),
      heading('De nombreux blessés dans un état critique'),
      paragraph(
        'Un correspondant a vu dans un hôpital local les corps de victimes enveloppés dans d\'épaisses couvertures. Un secouriste portait le corps d\'une fillette, la bouche remplie de gravats gris. Sur le site des frappes, deux grands bâtiments de plain-pied se sont effondrés. Selon l\'OSDH, le bilan risque de s\'alourdir car de nombreux blessés sont dans un état critique.',
      ),
      paragraph(
        'Avec l\'appui de l\'aviation russe, le régime syrien mène depuis décembre une vaste offensive contre la région d\'Idleb, qui lui a permis de reconquérir la moitié de la province, dernier bastion contrôlé par les rebelles et les jihadistes, selon l\'OSDH.',
      ),
      heading('Rencontre à Moscou entre Vladimir Poutine et Recep Tayyip Erdogan'),
      paragraph(
        'L\'offensive a déplacé près d\'un million de civils selon l\'ONU, et tué plus de 470 civils, selon l\'OSDH. Elle a aussi créé des frictions entre Ankara et Moscou. Si la Turquie soutient certains groupes rebelles et la Russie le régime, les deux pays ont renforcé ces dernières années leur coopération sur le dossier syrien.',
      ),
      paragraph(
        'Le président russe Vladimir Poutine et son homologue turc Recep Tayyip Erdogan doivent se rencontrer jeudi à Moscou pour chercher une solution afin d\'apaiser les tensions en Syrie, qui font peser la menace d\'un conflit direct entre la Russie et la Turquie sur le sol syrien.',
      ),
    ],
  },
  toll: {
    source: 'OSDH',
    asOf: '2020-03-05T09:00:00.000Z',
    counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians', includes: [{ group: 'children', value: 1, qualifier: 'exact' }] }],
    mayRise: true,
    mayRiseReason: 'many of the injured are in critical condition',
    changeKind: 'initial',
    note: null,
  },
};

/** A draft and a killed brief, so that the filters and the 404 / 410 answers can be seen. */
const draftBrief = {
  externalId: 'seed-draft-ceasefire-talks',
  byline: 'AFP',
  urgency: 2,
  slugline: 'SYRIA-CONFLICT-DIPLOMACY',
  en: {
    headline: 'Putin and Erdogan agree on a ceasefire in Idleb (draft)',
    dateline: 'Moscow, Russia',
    summary: 'Draft: not yet confirmed by a second source.',
  },
};

const killedBrief = {
  externalId: 'seed-killed-duplicate-idleb',
  byline: 'AFP',
  urgency: 4,
  slugline: 'SYRIA-CONFLICT',
  killReason: 'Duplicate of an earlier item; please delete it from your systems.',
  en: {
    headline: 'Air strikes hit Idleb region again',
    dateline: 'Beirut, Lebanon',
    summary: 'Strikes hit the Idleb region overnight, a monitor said.',
  },
};

module.exports = { tags, relatedBriefs, mainBrief, draftBrief, killedBrief };
