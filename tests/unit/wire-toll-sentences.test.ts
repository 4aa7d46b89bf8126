/**
 * The wire parser's toll reader, one sentence (or two) at a time: what each phrasing gives, in English and French.
 * Each text is read as the lead of a dispatch under a neutral headline.
 */
import { parseWire } from '../../server/src/domain/wire/parse-wire';
import type { OtherFigureReason, WireParseResult } from '../../server/src/domain/wire/types';

/** "killed:at-least:15:people[1 children]" per count, in the toll's order. */
function countsOf(result: WireParseResult): string[] {
  return (result.toll?.counts ?? []).map((count) => {
    const value = count.valueMax === null ? `${count.value}` : `${count.value}-${count.valueMax}`;
    const includes = count.includes.length === 0 ? '' : `[${count.includes.map((include) => `${include.value} ${include.group}`).join(', ')}]`;
    return `${count.category}:${count.qualifier}:${value}:${count.group ?? '-'}${includes}`;
  });
}

const read = (lead: string): WireParseResult => parseWire(`Headline\n\n${lead}`, { language: 'auto' });

describe('counts read from one sentence', () => {
  test.each<[string, string[]]>([
    ['At least 15 people were killed and 40 others injured in the blast, police said.', ['killed:at-least:15:people', 'injured:exact:40:-']],
    ['The explosion killed 12 people and wounded more than 50, according to the interior ministry.', ['killed:exact:12:people', 'injured:more-than:50:-']],
    ['Two people died and three were seriously injured, the fire service said.', ['killed:exact:2:people', 'critical:exact:3:-']],
    ['A 27-year-old man was killed when a rocket hit his home, rescuers said.', ['killed:exact:1:men']],
    ['A woman in her 60s was killed.', ['killed:exact:1:women']],
    ['The blast killed at least eight members of the same family, including four children, residents said.', ['killed:at-least:8:-[4 children]']],
    ['Officials said 31 people had been confirmed dead and 112 injured.', ['killed:exact:31:people', 'injured:exact:112:-']],
    ['Rescuers have recovered 45 bodies from the rubble, the civil defence said.', ['killed:exact:45:-']],
    ['The death toll has risen to 41, the health ministry said on Friday.', ['killed:exact:41:-']],
    ['The number of people killed rose to 17 on Thursday, officials said.', ['killed:exact:17:-']],
    ['Authorities said 8 people were still missing and some 2,500 had been evacuated.', ['missing:exact:8:people', 'evacuated:about:2500:-']],
    ['Nearly 200 people were arrested, police said.', ['arrested:nearly:200:people']],
    ['Around 10,000 people have been displaced by the fighting, the UN said.', ['displaced:about:10000:people']],
    ['Some 120 people were hospitalised, the regional health agency said.', ['injured:about:120:people']],
    ['Thirteen soldiers and a civilian were killed in the ambush, the army said.', ['killed:exact:13:soldiers', 'killed:exact:1:civilians']],
    ['The storm killed 6 people, among them 2 children.', ['killed:exact:6:people[2 children]']],
    ['Five people, all members of the same family, were killed.', ['killed:exact:5:people']],
    ['The bus was carrying 52 passengers, 14 of whom died.', ['killed:exact:14:-']],
    ['Sixty-three people were killed and 150 wounded, making it the deadliest attack since 2017.', ['killed:exact:63:people', 'injured:exact:150:-']],
    ['The deadliest attack since 2015 killed at least 50 people on Thursday, officials said.', ['killed:at-least:50:people']],
    ['Three children were among at least 10 people killed in the strike, medics said.', ['killed:at-least:10:people[3 children]']],
    ['At least 12 people were killed in the attack. The victims included two women and a child.', ['killed:at-least:12:people[2 women, 1 children]']],
    ['At least 12 people were killed in the attack. Two women and a child were among the victims.', ['killed:at-least:12:people[2 women, 1 children]']],
    ['A total of 34 people were killed, including 10 police officers.', ['killed:exact:34:people[10 police officers]']],
    ['Six people were reported dead and four missing after the boat capsized.', ['killed:exact:6:people', 'missing:exact:4:-']],
    ['The attack left one dead and three injured.', ['killed:exact:1:-', 'injured:exact:3:-']],
    ['The toll stood at 64 on Saturday, with 120 injured.', ['killed:exact:64:-', 'injured:exact:120:-']],
    ['Between 200 and 300 people were arrested overnight.', ['arrested:between:200-300:people']],
    ['The UN said 1.2 million people had fled their homes.', ['displaced:exact:1200000:people']],
    ['More than 1 500 people were evacuated.', ['evacuated:more-than:1500:people']],
    ['Au moins 15 personnes ont été tuées et 40 autres blessées dans l\'explosion, selon la police.', ['killed:at-least:15:people', 'injured:exact:40:-']],
    ['L\'explosion a fait 12 morts et plus de 50 blessés, a indiqué le ministère de l\'Intérieur.', ['killed:exact:12:-', 'injured:more-than:50:-']],
    ['Deux personnes sont mortes et trois ont été grièvement blessées, ont précisé les pompiers.', ['killed:exact:2:people', 'critical:exact:3:-']],
    ['Un homme de 27 ans a été tué.', ['killed:exact:1:men']],
    ['Deux hommes âgés d\'une trentaine d\'années ont été tués.', ['killed:exact:2:men']],
    ['Un homme d\'une cinquantaine d\'années a été blessé.', ['injured:exact:1:men']],
    ['Les secours ont retiré 45 corps des décombres, selon la défense civile.', ['killed:exact:45:-']],
    ['Le bilan s\'élève désormais à 41 morts, selon le ministère de la Santé.', ['killed:exact:41:-']],
    ['Huit personnes sont toujours portées disparues et quelque 2 500 ont été évacuées.', ['missing:exact:8:people', 'evacuated:about:2500:-']],
    ['Treize soldats et un civil ont été tués dans l\'embuscade, a annoncé l\'armée.', ['killed:exact:13:soldiers', 'killed:exact:1:civilians']],
    ['La tempête a coûté la vie à six personnes, dont deux enfants.', ['killed:exact:6:people[2 children]']],
    ['Le bus transportait 52 passagers, dont 14 sont morts.', ['killed:exact:14:-']],
    ['Trois personnes ont péri dans l\'incendie, dont un pompier.', ['killed:exact:3:people[1 firefighters]']],
    ['L\'accident a fait un mort et trois blessés légers.', ['killed:exact:1:-', 'injured:exact:3:-']],
    ['Le drame a fait six morts, tous membres d\'une même famille.', ['killed:exact:6:-']],
    ['Les autorités ont fait état de 25 morts et d\'une centaine de blessés.', ['killed:exact:25:-', 'injured:about:100:-']],
    ['Au moins 12 personnes ont été tuées. Parmi les victimes figurent deux femmes et un enfant.', ['killed:at-least:12:people[2 women, 1 children]']],
    ['Entre 20 et 30 personnes ont été interpellées dans la nuit.', ['arrested:between:20-30:people']],
    ['Près d\'un million de personnes ont été déplacées, selon l\'ONU.', ['displaced:nearly:1000000:people']],
    ['Jusqu\'à 40 militaires ont été blessés.', ['injured:up-to:40:soldiers']],
    ['Five people were killed: three soldiers and two civilians.', ['killed:exact:5:people[3 soldiers, 2 civilians]']],
    ['The clashes left at least 11 dead, 7 of them police officers.', ['killed:at-least:11:-[7 police officers]']],
    ['Two of the injured later died in hospital, bringing the toll to 17.', ['killed:exact:17:-']],
    ['Of the 25 people killed, 10 were children.', ['killed:exact:25:people[10 children]']],
    ['According to a new balance sheet, 17 people were killed.', ['killed:exact:17:people']],
    ['At least a dozen people were killed.', ['killed:at-least:12:people']],
    ['At least 15 people were killed on Thursday. A further 10 people were injured.', ['killed:at-least:15:people', 'injured:exact:10:people']],
    ['Another 5 people died in hospital on Friday.', ['killed:exact:5:people']],
    ['The death toll from Monday\'s earthquake in Turkey and Syria passed 5,000 on Tuesday, officials said.', ['killed:more-than:5000:-']],
    ['Le bilan a dépassé les 5 000 morts.', ['killed:more-than:5000:-']],
    ['Une douzaine de personnes ont été tuées.', ['killed:about:12:people']],
    ['A police officer and two civilians were wounded.', ['injured:exact:1:police officers', 'injured:exact:2:civilians']],
    ['Un policier et deux civils ont été blessés.', ['injured:exact:1:police officers', 'injured:exact:2:civilians']],
  ])('%s', (lead, counts) => {
    const result = read(lead);
    expect(countsOf(result)).toEqual(counts);
    for (const count of result.toll?.counts ?? []) expect(count.span).not.toBeNull();
  });
});

describe('figures that are not the toll', () => {
  test.each<[string, OtherFigureReason, string]>([
    ['In 2014, a similar attack killed 150 people.', 'background', '150 people'],
    ['Last month, 30 people died in floods in the same region.', 'background', '30 people died'],
    ['Since January, at least 250 migrants have drowned, according to the IOM.', 'background', 'at least 250 migrants'],
    ['The conflict has left more than 300,000 people dead since 2011, according to the OSDH.', 'background', 'more than 300,000 people dead'],
    ['Le conflit a fait plus de 500 000 morts depuis 2011.', 'background', 'plus de 500 000 morts'],
    ['The attack comes two days after a suicide bombing killed 20 people in the capital.', 'background', '20 people'],
    ['More than 3 million people have been displaced by the war, according to the UN.', 'background', 'More than 3 million people'],
    ['Plus de 3 millions de personnes ont été déplacées par la guerre, selon l\'ONU.', 'background', 'Plus de 3 millions de personnes'],
    ['Last week, 12 people were killed in a similar attack.', 'background', '12 people'],
    ['La veille, 12 personnes avaient été tuées.', 'background', '12 personnes'],
    ['In January, 30 people died in floods.', 'background', '30 people died'],
    ['Elsewhere, two soldiers were killed by a roadside bomb.', 'separate-incident', 'two soldiers'],
    ['Par ailleurs, deux soldats ont été tués par l\'explosion d\'un engin artisanal.', 'separate-incident', 'deux soldats'],
    ['In a separate incident, five people were wounded in a stabbing.', 'separate-incident', 'five people'],
    ['Four assailants were killed by security forces after they killed 10 civilians.', 'attackers', 'Four assailants'],
    ['Scores of people were killed.', 'vague', 'Scores of people'],
    ['The blast caused at least 40 casualties, officials said.', 'combined', 'at least 40 casualties'],
    ['Police said more than 20 people were killed or injured.', 'combined', 'more than 20 people were killed or injured'],
    ['Les inondations ont fait une vingtaine de morts et disparus.', 'combined', 'une vingtaine de morts et disparus'],
    ['Des centaines de personnes ont été blessées et des milliers déplacées.', 'vague', 'Des centaines de personnes'],
  ])('%s → %s', (lead, reason, text) => {
    const result = read(lead);
    expect(result.otherFigures.map((figure) => [figure.reason, figure.text])).toContainEqual([reason, text]);
    expect(result.toll?.counts.some((count) => text.includes(String(count.value)))).not.toBe(true);
  });

  test.each<[string, string]>([
    ['A 5.9-magnitude earthquake struck 30 kilometres off the coast at 3:15 am, the USGS said.', 'a magnitude'],
    ['The ministry said 15 schools and 300 homes were destroyed.', 'a count of buildings, places or things'],
    ['The Airbus A320, carrying 150 passengers, landed safely.', 'an aircraft model or flight number'],
    ['Up to 200mm of rain fell in 12 hours.', 'a rainfall or height amount'],
    ['The attack happened in the 18th arrondissement of Paris at around 9 pm.', 'a time'],
    ['Un séisme de magnitude 5,2 a secoué la région à 10 km de profondeur.', 'a magnitude'],
    ['Un homme d\'une cinquantaine d\'années a été extrait vivant des décombres.', 'an age'],
  ])('%s: no toll, "%s" among the other figures', (lead, explanation) => {
    const result = read(lead);
    expect(result.toll?.counts.filter((count) => count.value !== 1) ?? []).toEqual([]);
    expect(result.otherFigures.map((figure) => figure.explanation)).toContain(explanation);
  });

  test.each<[string, string[]]>([
    ['Volkswagen plans to close three plants, a move that could kill 30,000 jobs, the works council said.', []],
    ['The heatwave killed 12 people and more than 300 cattle, officials said.', ['killed:exact:12:people']],
    ['La grippe aviaire a tué 2 millions de volailles, selon le ministère.', []],
  ])('jobs and animals are no casualties: %s', (lead, counts) => {
    expect(countsOf(read(lead))).toEqual(counts);
  });
});

test('"the Observatory said" names the source given earlier with its acronym', () => {
  const result = read('The Syrian Observatory for Human Rights (OSDH) reported clashes. The strikes killed 15 civilians, the Observatory said.');
  expect(result.toll?.source?.value).toBe('OSDH');
});

describe('earlier figures, corrections, may rise', () => {
  test.each<[string, string[], number | null]>([
    ['The toll was revised down to 18 from 21 after some victims were counted twice.', ['killed:exact:18:-'], 21],
    ['Le bilan a été revu à la baisse, à 18 morts contre 21 précédemment.', ['killed:exact:18:-'], 21],
    ['The toll rose to 42 on Friday from 35, the coastguard said.', ['killed:exact:42:-'], null],
    ['Le bilan est passé de 5 à 17 morts.', ['killed:exact:17:-'], null],
    ['Au moins deux personnes sont mortes, et non dix comme annoncé précédemment.', ['killed:at-least:2:people'], 10],
    ['Selon un premier bilan, 12 personnes ont été tuées.', ['killed:exact:12:people'], null],
    [
      'The United Nations revised down the death toll from the floods to 4,352, after earlier reporting 11,300 dead based on figures from the Red Crescent.',
      ['killed:exact:4352:-'],
      11300,
    ],
  ])('%s', (lead, counts, previous) => {
    const result = read(lead);
    expect(countsOf(result)).toEqual(counts);
    expect(result.toll?.correction?.previous ?? null).toBe(previous);
  });

  test.each<[string, string | null]>([
    ['At least 9 people were killed. The toll is likely to rise as many of the injured are in a serious condition.', 'many of the injured are in a serious condition'],
    ['At least 9 people were killed. Officials fear the toll could climb because many people remain trapped.', 'many people remain trapped'],
    ['Au moins 9 morts. Le bilan risque de s\'alourdir en raison du nombre de blessés graves.', 'nombre de blessés graves'],
    ['Au moins 9 morts. Le bilan pourrait s\'alourdir, selon la préfecture, car plusieurs personnes sont portées disparues.', 'plusieurs personnes sont portées disparues'],
    ['At least 9 people were killed, according to a provisional toll.', null],
    ['Au moins 9 morts, selon un bilan provisoire.', null],
    ['At least 40 people were killed, officials said, warning that the real number could be much higher.', null],
    ['At least 40 people were killed. Officials did not rule out a higher death toll.', null],
    ["Au moins 13 mineurs sont morts, a indiqué la police, qui n'exclut pas un bilan plus lourd.", null],
    ['Au moins 40 morts, selon les autorités. Le bilan pourrait être revu à la hausse.', null],
    ["Un mort, selon la préfecture. Le bilan pourrait encore s'alourdir, six personnes étant toujours hospitalisées.", 'six personnes étant toujours hospitalisées'],
    ["Au moins 288 morts, ont annoncé les autorités, qui ont mis en garde contre un bilan encore plus lourd.", null],
    ['At least 48 people were killed, officials said, warning of a higher toll as rescuers reached remote villages.', 'rescuers reached remote villages'],
  ])('%s', (lead, reason) => {
    const result = read(lead);
    expect(result.toll?.mayRise).toBe(true);
    expect(result.toll?.mayRiseReason?.value ?? null).toBe(reason);
  });

  test('a toll that is not expected to rise does not rise', () => {
    expect(read('At least 9 people were killed. The toll is not expected to rise.').toll?.mayRise).toBe(false);
  });

  test('what may rise must be the toll; who speaks of something else is no source', () => {
    expect(read('At least 9 people were killed. Prices could be much higher next year.').toll?.mayRise).toBe(false);
    const result = read('At least 9 people were killed. River levels could rise further, forecasters said.');
    expect(result.toll?.mayRise).toBe(false);
    expect(result.toll?.source).toBeNull();
    expect(result.warnings.map((warning) => warning.code)).toContain('wire.no_source');
  });
});

describe('wire copy as agencies write it', () => {
  test.each<[string, string[]]>([
    // The first number is the figure, the second the whole it is part of.
    ['Rescuers recovered 68 bodies, with four of the 72 people on board still unaccounted for.', ['killed:exact:68:-', 'missing:exact:4:people']],
    ['Douze des 40 passagers sont portés disparus, selon les secours.', ['missing:exact:12:passengers']],
    // "this year's Hajj" is the event, not a period before it.
    ["More than 1,300 people died during this year's Hajj pilgrimage, Saudi Arabia said.", ['killed:more-than:1300:people']],
    ["The death toll from last week's earthquakes in Turkey and Syria climbed past 40,000 on Tuesday.", ['killed:more-than:40000:-']],
    ['In the past 24 hours, 15 people were killed, the ministry said.', ['killed:exact:15:people']],
    // A nationality before a group is its adjective.
    ['Two Israeli soldiers and a Hezbollah fighter were killed in clashes, the army said.', ['killed:exact:2:soldiers', 'killed:exact:1:fighters']],
    ['Three Palestinian children were killed.', ['killed:exact:3:children']],
    ['Five Palestinians were killed.', ['killed:exact:5:Palestinians']],
    ['Deux soldats israéliens ont été tués.', ['killed:exact:2:soldiers']],
    ['An Israeli airstrike killed seven aid workers, the charity said.', ['killed:exact:7:aid workers']],
    ['A Russian missile strike killed 4 civilians.', ['killed:exact:4:civilians']],
    ['An Israeli was killed and two Palestinians were wounded.', ['killed:exact:1:Israelis', 'injured:exact:2:Palestinians']],
    ['Un Israélien a été tué.', ['killed:exact:1:Israelis']],
    ['Le bilan, dépassant les 300 morts, pourrait encore augmenter.', ['killed:more-than:300:-']],
    // An include list after a longer adverbial, and sub-counts in a sentence of their own.
    ['At least 558 people have been killed in Israeli airstrikes across Lebanon since Monday, including 50 children and 94 women, the ministry said.', ['killed:at-least:558:people[50 children, 94 women]']],
    ['An Israeli strike killed at least 27 people, the agency said. Three of the dead were children.', ['killed:at-least:27:people[3 children]']],
    ['An Israeli strike killed at least 27 people, the agency said. Of the dead, 12 were women.', ['killed:at-least:27:people[12 women]']],
    // A day between the verb and its number.
    ["Des frappes israéliennes ont tué lundi 12 personnes dont deux enfants, a indiqué le ministère de la Santé.", ['killed:exact:12:people[2 children]']],
    ['Les jihadistes ont tué dimanche soir les deux gardes.', ['killed:exact:2:guards']],
    // The injured counted by how badly they are hurt.
    ['The quake killed 10 people and injured 40, 12 of them seriously, officials said.', ['killed:exact:10:people', 'injured:exact:40:-', 'critical:exact:12:-']],
    ['Le séisme a fait dix morts et 40 blessés, dont 12 grièvement, selon les autorités.', ['killed:exact:10:-', 'injured:exact:40:-', 'critical:exact:12:-']],
    ['Un mort, selon la préfecture. Six personnes sont hospitalisées dans un état critique.', ['killed:exact:1:-', 'critical:exact:6:people']],
    ['Rescue crews recovered the bodies of 59 people, including 12 children, officials said.', ['killed:exact:59:people[12 children]']],
    ['Les secours ont retrouvé les corps de 12 migrants.', ['killed:exact:12:migrants']],
    ['The crash killed 36 people and injured 85, six of them in intensive care.', ['killed:exact:36:people', 'injured:exact:85:-', 'critical:exact:6:-']],
    ['A fire killed at least 46 people, the minister said, adding that 22 others were being treated for burns.', ['killed:at-least:46:people', 'injured:exact:22:-']],
    ['At least 73 people died in the fire, emergency services said, with 12 children among the victims.', ['killed:at-least:73:people[12 children]']],
    ["An Israeli air strike on a school killed 18 people, including six UN staff, Gaza's civil defence agency said.", ['killed:exact:18:people[6 staff members]']],
    // Those who died of their wounds, and the ordinal that gives a group's toll.
    ['Deux des blessés ont succombé à leurs blessures, portant le bilan à 12 morts, selon la préfecture.', ['killed:exact:12:-']],
    ['Two of the injured later died in hospital, bringing the death toll to 12, police said.', ['killed:exact:12:-']],
    ["Un troisième policier a succombé à ses blessures, a annoncé le ministère de l'Intérieur.", ['killed:exact:3:police officers']],
    ['A third victim died in hospital on Sunday, police said.', ['killed:exact:3:victims']],
    ['A second explosion killed three people, police said.', ['killed:exact:3:people']],
    // Several groups after one verb, and a relative after a possessive.
    ['Russian shelling killed 12 soldiers and three civilians, the governor said.', ['killed:exact:12:soldiers', 'killed:exact:3:civilians']],
    ['Russian shelling killed a woman and her two children, the governor said.', ['killed:exact:1:women', 'killed:exact:2:children']],
    ['A child and his mother were killed in an Israeli strike, the health ministry said.', ['killed:exact:1:children', 'killed:exact:1:women']],
    ['Un enfant et sa mère ont été tués dans un bombardement, selon le ministère.', ['killed:exact:1:children', 'killed:exact:1:women']],
    ['The strike killed 12 people and destroyed 30 homes, officials said.', ['killed:exact:12:people']],
    // The ages of those counted, in a list between commas.
    ['Three people, aged 12, 15 and 60, were killed in the crash, police said.', ['killed:exact:3:people']],
    ['Deux adolescents, âgés de 15 et 17 ans, ont été tués dans une fusillade, selon la police.', ['killed:exact:2:teenagers']],
    // A day of the month is no count.
    ['The August 4 port blast killed more than 200 people and injured at least 6,500, according to official figures.', ['killed:more-than:200:people', 'injured:at-least:6500:-']],
    ["L'attentat du 14 juillet a fait 86 morts.", ['killed:exact:86:-']],
    ['At least 15 may have died in the blast, officials said.', ['killed:at-least:15:-']],
    // An apposition between the number and its verb.
    ["Deux personnes, un homme et sa fille, ont été tuées dans une frappe, selon l'agence ANI.", ['killed:exact:2:people']],
    ['Two people, a man and his daughter, were killed in the strike.', ['killed:exact:2:people']],
    // French "mineurs" are miners in copy about a mine, minors elsewhere.
    ["Au moins 13 mineurs ont trouvé la mort dans l'effondrement d'une mine d'or.", ['killed:at-least:13:miners']],
    ['Au moins 13 personnes ont été tuées, dont trois mineurs.', ['killed:at-least:13:people[3 minors]']],
  ])('%s', (lead, counts) => {
    expect(countsOf(read(lead))).toEqual(counts);
  });

  test("last year's figure is still another period's", () => {
    expect(countsOf(read("Last year's floods killed 200 people. This week, 12 people were killed, officials said."))).toEqual(['killed:exact:12:people']);
  });

  test.each<[string, string]>([
    ["An Israeli airstrike killed at least 30 people, the territory's Health Ministry said.", 'Health Ministry'],
    ["Twelve miners died, the country's mines ministry said.", 'mines ministry'],
    ["Le séisme a fait au moins 2 012 morts, selon un nouveau bilan du ministère de l'Intérieur publié samedi soir.", "ministère de l'Intérieur"],
    ['Le pont a fait au moins 132 morts, selon un nouveau bilan communiqué lundi par les autorités.', 'autorités'],
    ['Rescuers recovered 68 bodies on Sunday, an official said.', 'official'],
    ["Au moins 41 migrants sont portés disparus, ont indiqué mercredi à l'AFP des survivants.", 'survivants'],
    ["Un accident de car a fait un mort mardi matin, a-t-on appris auprès de la préfecture.", 'préfecture'],
    ['Un accident de car a fait un mort mardi matin, a-t-on appris de source policière.', 'source policière'],
    ['Le bilan du séisme est de 2.189 morts, selon un nouveau bilan de la Protection civile, qui fait état de 332 disparus.', 'Protection civile'],
    ['Selon la Croix-Rouge libanaise, 12 personnes ont été tuées.', 'Croix-Rouge libanaise'],
    ['Le ministère de la Santé du Hamas a fait état de 37 morts, dont 14 enfants.', 'ministère de la Santé du Hamas'],
    ['Greek authorities revised the death toll from the shipwreck down to 78 from 79 on Thursday.', 'Greek authorities'],
    ['Israeli strikes killed at least 30 people. The health ministry put the toll at 30.', 'health ministry'],
    // A name that a common noun phrase goes on from, and a carrier after a name.
    ['At least 20 people were killed in an Israeli strike, according to Gaza health officials.', 'Gaza health officials'],
    ['At least 20 people were killed, according to Syrian state media.', 'Syrian state media'],
    ['At least 20 people were killed, according to UN figures released on Monday.', 'UN'],
    ['At least 20 people were killed, according to AFP journalists at the scene.', 'AFP journalists'],
    ['At least 20 people were killed, according to Hamas, which runs Gaza.', 'Hamas'],
  ])('%s', (lead, source) => {
    expect(read(lead).toll?.source?.value).toBe(source);
  });
});

describe('no victims', () => {
  test.each<[string, string]>([
    ['There were no casualties, officials said.', 'wire.no_casualties'],
    ['No one was injured, the fire department said.', 'wire.no_casualties'],
    ['Aucune victime n\'est à déplorer, selon les pompiers.', 'wire.no_casualties'],
    ['Au moins 12 personnes ont été tuées. Il n\'y a aucune victime française, selon le Quai d\'Orsay.', 'wire.no_victims_scoped'],
  ])('%s → %s', (lead, code) => {
    const result = read(lead);
    expect(result.warnings.map((warning) => warning.code)).toContain(code);
    expect(result.toll?.counts.every((count) => count.value > 0) ?? true).toBe(true);
  });
});
