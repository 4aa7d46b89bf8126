import { normalizeName } from '../validation';

/** How a casualty group reads in each language; unknown groups are printed as written. */
export interface GroupLexeme {
  en: { one: string; many: string };
  fr: { one: string; many: string; feminine: boolean };
}

function lexeme(enOne: string, enMany: string, frOne: string, frMany: string, feminine = false): GroupLexeme {
  return { en: { one: enOne, many: enMany }, fr: { one: frOne, many: frMany, feminine } };
}

const FEMININE = true;

const LEXEMES: readonly GroupLexeme[] = [
  lexeme('civilian', 'civilians', 'civil', 'civils'),
  lexeme('child', 'children', 'enfant', 'enfants'),
  lexeme('soldier', 'soldiers', 'soldat', 'soldats'),
  lexeme('person', 'people', 'personne', 'personnes', FEMININE),
  lexeme('woman', 'women', 'femme', 'femmes', FEMININE),
  lexeme('man', 'men', 'homme', 'hommes'),
  lexeme('police officer', 'police officers', 'policier', 'policiers'),
  lexeme('policeman', 'policemen', 'policier', 'policiers'),
  lexeme('rebel', 'rebels', 'rebelle', 'rebelles'),
  lexeme('fighter', 'fighters', 'combattant', 'combattants'),
  lexeme('militant', 'militants', 'combattant', 'combattants'),
  lexeme('jihadist', 'jihadists', 'jihadiste', 'jihadistes'),
  lexeme('journalist', 'journalists', 'journaliste', 'journalistes'),
  lexeme('student', 'students', 'étudiant', 'étudiants'),
  lexeme('pupil', 'pupils', 'élève', 'élèves'),
  lexeme('girl', 'girls', 'fille', 'filles', FEMININE),
  lexeme('boy', 'boys', 'garçon', 'garçons'),
  lexeme('baby', 'babies', 'bébé', 'bébés'),
  lexeme('minor', 'minors', 'mineur', 'mineurs'),
  lexeme('teenager', 'teenagers', 'adolescent', 'adolescents'),
  lexeme('adult', 'adults', 'adulte', 'adultes'),
  lexeme('migrant', 'migrants', 'migrant', 'migrants'),
  lexeme('refugee', 'refugees', 'réfugié', 'réfugiés'),
  lexeme('protester', 'protesters', 'manifestant', 'manifestants'),
  lexeme('demonstrator', 'demonstrators', 'manifestant', 'manifestants'),
  lexeme('passenger', 'passengers', 'passager', 'passagers'),
  lexeme('resident', 'residents', 'habitant', 'habitants'),
  lexeme('worker', 'workers', 'travailleur', 'travailleurs'),
  lexeme('firefighter', 'firefighters', 'pompier', 'pompiers'),
  lexeme('rescuer', 'rescuers', 'secouriste', 'secouristes'),
  lexeme('health worker', 'health workers', 'soignant', 'soignants'),
  lexeme('aid worker', 'aid workers', 'humanitaire', 'humanitaires'),
  lexeme('tourist', 'tourists', 'touriste', 'touristes'),
  lexeme('foreigner', 'foreigners', 'étranger', 'étrangers'),
  lexeme('hostage', 'hostages', 'otage', 'otages'),
  lexeme('prisoner', 'prisoners', 'prisonnier', 'prisonniers'),
  lexeme('detainee', 'detainees', 'détenu', 'détenus'),
  lexeme('victim', 'victims', 'victime', 'victimes', FEMININE),
  lexeme('crew member', 'crew members', "membre d'équipage", "membres d'équipage"),
  lexeme('miner', 'miners', 'mineur', 'mineurs'),
  lexeme('pilgrim', 'pilgrims', 'pèlerin', 'pèlerins'),
  lexeme('worshipper', 'worshippers', 'fidèle', 'fidèles'),
  lexeme('fisherman', 'fishermen', 'pêcheur', 'pêcheurs'),
  lexeme('farmer', 'farmers', 'agriculteur', 'agriculteurs'),
  lexeme('villager', 'villagers', 'villageois', 'villageois'),
  lexeme('patient', 'patients', 'patient', 'patients'),
  lexeme('doctor', 'doctors', 'médecin', 'médecins'),
  lexeme('nurse', 'nurses', 'infirmier', 'infirmiers'),
  lexeme('teacher', 'teachers', 'enseignant', 'enseignants'),
  lexeme('employee', 'employees', 'employé', 'employés'),
  lexeme('pedestrian', 'pedestrians', 'piéton', 'piétons'),
  lexeme('spectator', 'spectators', 'spectateur', 'spectateurs'),
  lexeme('guard', 'guards', 'garde', 'gardes'),
  lexeme('peacekeeper', 'peacekeepers', 'casque bleu', 'casques bleus'),
  lexeme('paramedic', 'paramedics', 'ambulancier', 'ambulanciers'),
  lexeme('hiker', 'hikers', 'randonneur', 'randonneurs'),
  lexeme('climber', 'climbers', 'alpiniste', 'alpinistes'),
  lexeme('skier', 'skiers', 'skieur', 'skieurs'),
  lexeme('sailor', 'sailors', 'marin', 'marins'),
  lexeme('driver', 'drivers', 'conducteur', 'conducteurs'),
  lexeme('motorist', 'motorists', 'automobiliste', 'automobilistes'),
  lexeme('settler', 'settlers', 'colon', 'colons'),
  lexeme('gendarme', 'gendarmes', 'gendarme', 'gendarmes'),
  lexeme('volunteer', 'volunteers', 'bénévole', 'bénévoles'),
  lexeme('fan', 'fans', 'supporter', 'supporters'),
  lexeme('staff member', 'staff members', 'membre du personnel', 'membres du personnel'),
  lexeme('attacker', 'attackers', 'assaillant', 'assaillants'),
  lexeme('gunman', 'gunmen', 'homme armé', 'hommes armés'),
  lexeme('militiaman', 'militiamen', 'milicien', 'miliciens'),
  lexeme('Afghan', 'Afghans', 'Afghan', 'Afghans'),
  lexeme('Iraqi', 'Iraqis', 'Irakien', 'Irakiens'),
  lexeme('Lebanese', 'Lebanese', 'Libanais', 'Libanais'),
  lexeme('Iranian', 'Iranians', 'Iranien', 'Iraniens'),
  lexeme('Kurd', 'Kurds', 'Kurde', 'Kurdes'),
  lexeme('Yemeni', 'Yemenis', 'Yéménite', 'Yéménites'),
  lexeme('Sudanese', 'Sudanese', 'Soudanais', 'Soudanais'),
  lexeme('Turk', 'Turks', 'Turc', 'Turcs'),
  lexeme('Palestinian', 'Palestinians', 'Palestinien', 'Palestiniens'),
  lexeme('Israeli', 'Israelis', 'Israélien', 'Israéliens'),
  lexeme('Ukrainian', 'Ukrainians', 'Ukrainien', 'Ukrainiens'),
  lexeme('Russian', 'Russians', 'Russe', 'Russes'),
  lexeme('Syrian', 'Syrians', 'Syrien', 'Syriens'),
];

// Desks may type the group in either language or number: "children", "child", "enfants" all match.
const EXTRA_ALIASES: Readonly<Record<string, string>> = {
  troops: 'soldiers',
  inmates: 'prisoners',
  inmate: 'prisoners',
  assailants: 'attackers',
  // "six UN staff were among the dead"
  staff: 'staff members',
  // "a child and his mother": a mother is counted with the women, a father with the men.
  mother: 'women',
  mothers: 'women',
  'mère': 'women',
  'mères': 'women',
  father: 'men',
  fathers: 'men',
  'père': 'men',
  'pères': 'men',
  wife: 'women',
  husband: 'men',
  mari: 'men',
};

function aliasKey(word: string): string {
  return normalizeName(word).toLowerCase();
}

const BY_ALIAS: ReadonlyMap<string, GroupLexeme> = (() => {
  const map = new Map<string, GroupLexeme>();
  for (const entry of LEXEMES) {
    for (const alias of [entry.en.many, entry.en.one, entry.fr.many, entry.fr.one]) {
      if (!map.has(aliasKey(alias))) map.set(aliasKey(alias), entry);
    }
  }
  for (const [alias, target] of Object.entries(EXTRA_ALIASES)) {
    const entry = map.get(target);
    if (entry !== undefined) map.set(alias, entry);
  }
  return map;
})();

export function findGroupLexeme(group: string): GroupLexeme | undefined {
  return BY_ALIAS.get(aliasKey(group));
}

/** Every known group word in any language and number, lower-case (the consistency checker skips them). */
export function knownGroupWords(): string[] {
  return [...BY_ALIAS.keys()];
}

/** The canonical value of every known group (its English plural, as stored): the vocabulary the admin offers, translated. */
export const GROUP_VOCABULARY: readonly string[] = LEXEMES.map((entry) => entry.en.many);

/** The French plural of a canonical group value (the admin's fr label), or undefined for an unknown group. */
export function frenchGroupLabel(group: string): string | undefined {
  return LEXEMES.find((entry) => entry.en.many === group)?.fr.many;
}
