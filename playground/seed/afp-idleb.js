/**
 * The AFP Idleb brief and the briefs around it. Text: AFP, 5 March 2020 (see README.md).
 *
 * The English brief is built by the plugin's wire importer from afp-idleb-brief.txt, like an editor pasting the copy:
 * from the importer come the summary, the body with its two subheads, the photo credit, the seven tags with their
 * kinds, the two related briefs (matched by headline), the photo caption (the copy's first line) and the toll
 * (source, counts, may-rise and its reason), proposed by the importer and confirmed as revision 1 by "Newsroom seed".
 * What follows in `mainBrief` are the editor's choices the copy does not hold: the shorter headline, dateline,
 * slugline, urgency, byline, agency id, the related link, the toll's as-of time and the French translation.
 */
const path = require('path');
const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const heading = (text) => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

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
  /** Pasted into the wire importer. */
  wireCopy: path.join(__dirname, 'afp-idleb-brief.txt'),
  wireLanguage: 'en',
  externalId: 'seed-afp-idleb-2020-03-05',
  firstPublishedAt: '2020-03-05T09:12:00.000Z',
  byline: 'AFP',
  urgency: 3,
  slugline: 'SYRIA-CONFLICT',
  embargoUntil: null,
  relatedLinks: [{ title: 'Syrian Observatory for Human Rights', url: 'https://www.syriahr.com/en/' }],
  en: {
    // The copy's first line (the importer's headline) is the photo caption; the editor writes a shorter headline.
    headline: 'At least 15 civilians, including a child, killed in Russian strikes in Syria\'s Idleb',
    dateline: 'Maaret Misrin, Syria',
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
  /** Source, counts and may-rise come from the importer's proposed toll; the desk's as-of time is the seed's. */
  toll: { asOf: '2020-03-05T09:00:00.000Z', changeKind: 'initial', note: null },
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

module.exports = { relatedBriefs, mainBrief, draftBrief, killedBrief };
