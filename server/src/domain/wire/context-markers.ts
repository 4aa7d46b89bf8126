/**
 * Words around a casualty figure that say it is not the toll of the dispatch's event, in English and French
 * (matched on lower-case text, see matchText). Each pattern is a plain alternation: no nested quantifiers.
 */
function unicode(patterns: readonly RegExp[]): readonly RegExp[] {
  return patterns.map(unicodeBoundaries);
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/** Another period: "since December", "depuis le début de l'année", "in 2019", "so far this year". */
export const PERIOD_MARKERS: readonly RegExp[] = unicode([
  new RegExp(`\\bsince (?:the (?:start|beginning|outbreak|launch|end)|early |late |mid-|last |(?:${MONTHS})\\b|(?:19|20)\\d\\d\\b|then\\b|its\\b|their\\b|it began|records began|\\d)`, 'u'),
  /\bso far (?:this|in)\b/u,
  // "two days after a suicide bombing killed 20", "il y a deux semaines"
  /\b(?:days?|weeks?|months?|years?|decades?) (?:after|before|earlier|ago|later)\b/u,
  /\b(?:jours|semaines|mois|ans|années) (?:après|plus tôt|auparavant|plus tard)\b/u,
  /\bil y a (?:[\p{L}\d-]{1,12} )?(?:jours|semaines|mois|ans|années)\b/u,
  // A full date with its year is another day than the dispatch's ("on October 29, 2018", "le 14 juillet 2016").
  new RegExp(`\\b(?:${MONTHS}) \\d{1,2},? (?:19|20)\\d\\d\\b|\\b\\d{1,2}(?:er)? (?:${MONTHS}) (?:19|20)\\d\\d\\b`, 'u'),
  // Not "this year's Hajj", "this year's monsoon": the event itself.
  /\b(?:last|previous|past) (?:year|month|decade|summer|winter|spring|autumn)\b|\bthis (?:year|month|decade|summer|winter|spring|autumn)\b(?!['’]s)/u,
  // Not "last week's earthquakes" (the story's own event, named by its date).
  /\b(?:last|previous) (?:week|weekend)\b(?!['’]s)|\bearlier this (?:week|month|year)\b|\b(?:the )?(?:previous|day before|preceding) day\b|\bthe day before\b/u,
  /\b(?:la semaine|le mois|le week-end) (?:dernier|dernière|précédent|précédente|passé|passée)\b|\bla veille\b|\bavant-hier\b|\bplus tôt (?:cette|ce|dans la|dans le) (?:semaine|mois|année)\b/u,
  new RegExp(`\\b(?:in|en|back in|since) (?:early |late |mid-|début |fin |mi-)?(?:${MONTHS})(?! \\d)\\b`, 'u'),
  /\b(?:in|over|during) (?:the )?(?:past|last|recent|previous) (?:[\p{L}'-]{1,30} )?(?:years|months|weeks|decades|year|month|decade)\b/u,
  /\bin recent (?:years|months|weeks)\b/u,
  new RegExp(`\\b(?:in|en|back in) (?:(?:early|late|mid-) ?)?(?:(?:${MONTHS}) )?(?:19|20)\\d\\d\\b`, 'u'),
  new RegExp(`\\bdepuis (?:fin |début |mi-|le (?:début|déclenchement|lancement|mois|printemps|début)|la (?:fin|mi-)|l'an|l'année|l'été|l'automne|l'hiver|l'éclatement|lors|son\\b|sa\\b|leur\\b|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|(?:19|20)\\d\\d|plusieurs|des (?:mois|années|semaines)|\\d)`, 'u'),
  /\b(?:cette|l')année (?:dernière|passée)?\b/u,
  /\bcette année\b/u,
  /\bl'an (?:dernier|passé)\b/u,
  /\b(?:ces|au cours des) (?:dernières|derniers) (?:années|semaines|mois|décennies|jours)\b/u,
  /\bdepuis (?:le )?début de l'année\b/u,
  /\b(?:in total|au total) depuis\b/u,
  /\b(?:a|in a|un|lors d'un|dans un) (?:similar|précédent|previous|earlier) (?:attack|attentat|incident|strike|bombing|raid)\b/u,
]);

/** The figure's clause compares with the past ("the deadliest since 2015"): the period is not the figure's. */
export const SUPERLATIVE_MARKERS: readonly RegExp[] = unicode([
  /\b(?:deadliest|worst|bloodiest|most deadly|largest|biggest|heaviest)\b/u,
  /\b(?:le plus|la plus|les plus) (?:meurtri|lourd|grave|sanglant|important)/u,
  /\bsans précédent\b/u,
]);

const WORD = "[\\p{L}'-]{1,30}";

/** An aggregate subject: "the offensive has killed", "the conflict, which has killed", "la guerre a fait". */
export const AGGREGATE_SUBJECTS: readonly RegExp[] = unicode([
  new RegExp(
    `\\b(?:the|this|that|its|their) (?:${WORD} ){0,2}(?:war|conflict|offensive|campaign|insurgency|uprising|epidemic|pandemic|crisis|revolution|occupation|siege|blockade|civil war)(?:,? (?:which|that) (?:has|have|had)| has| had| have| displaced| killed| left| claimed| caused| forced| uprooted| wounded| so far)\\b`,
    'u',
  ),
  // The event's own words ("the clashes left 11 dead") are an aggregate only in the perfect: "the violence has killed".
  new RegExp(`\\b(?:the|this|that|its|their) (?:${WORD} ){0,2}(?:violence|unrest|clashes|fighting|attacks|strikes|bombings)(?:,? (?:which|that))? (?:has|have|had) (?:so far |now )?(?:killed|left|claimed|displaced|wounded|cost)\\b`, 'u'),
  new RegExp(
    `(?:\\b(?:la|cette|sa|leur|le|ce|son|les|ces) |\\bl')(?:${WORD} ){0,2}(?:guerre|offensive|campagne|insurrection|révolte|épidémie|pandémie|crise|occupation|répression|conflit|siège|blocus|soulèvement)(?:,? qui)? (?:a|ont|avait|avaient|aurait) (?:fait|tué|déplacé|coûté|causé|jeté|forcé|poussé|blessé|provoqué)\\b`,
    'u',
  ),
  new RegExp(`(?:\\b(?:les|ces|leurs) )(?:${WORD} ){0,2}(?:violences|combats|affrontements|attaques|frappes|attentats)(?:,? qui)? (?:ont|avaient) (?:déjà |au total )?(?:fait|tué|coûté|causé|déplacé)(?:[^.;]{0,80}) depuis\\b`, 'u'),
]);

/** After the figure, a war's total: "3 million displaced by the war", "tués depuis le début du conflit". */
export const AGGREGATE_AFTER: readonly RegExp[] = unicode([
  new RegExp(`^[^.;]{0,80} (?:by|in|during|throughout|since the start of|since the beginning of) (?:the|this|that|its|a) (?:${WORD} ){0,2}(?:war|conflict|civil war|insurgency|uprising|occupation|siege|offensive|epidemic|pandemic)\\b`, 'u'),
  new RegExp(`^[^.;]{0,80} (?:par|dans|pendant|durant|depuis le début de|depuis le déclenchement de) (?:la |le |l'|cette |ce )(?:${WORD} ){0,2}(?:guerre|conflit|insurrection|occupation|siège|offensive|épidémie|pandémie)\\b`, 'u'),
]);

/** The event's own day: "on Thursday", "jeudi", "overnight": an aggregate noun there is the event itself. */
export const EVENT_DAY_MARKERS: readonly RegExp[] = unicode([
  /\b(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|overnight|this morning|this afternoon|this evening)\b/u,
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|dans la nuit|ce matin|cet après-midi|ce soir)\b/u,
]);

/** A separate incident: "in a separate attack", "elsewhere", "par ailleurs". */
export const SEPARATE_MARKERS: readonly RegExp[] = unicode([
  /\bin (?:a|another) separate\b/u,
  /\bseparately\b/u,
  /\belsewhere\b/u,
  /\bin (?:another|a second|an unrelated) (?:attack|incident|strike|bombing|raid|blast|explosion|accident|shooting|clash|assault|crash)\b/u,
  /\b(?:another|a separate|an unrelated) (?:attack|strike|bombing|raid|blast|explosion|shooting|accident|crash) (?:in|on|near|at|killed|left|wounded|claimed)\b/u,
  /\bpar ailleurs\b/u,
  /\bailleurs\b/u,
  /\b(?:dans|lors d') ?(?:une|un) (?:autre|second|seconde) (?:attaque|frappe|explosion|attentat|incident|accident|raid|bombardement|fusillade)\b/u,
  /\b(?:une|un) (?:autre|second|seconde) (?:attaque|frappe|explosion|attentat|incident|accident|raid|bombardement|fusillade) a\b/u,
  /\bdans un incident (?:distinct|séparé|sans lien)\b/u,
  /\bséparément\b/u,
  /\bà (?:une|un) autre (?:endroit|occasion)\b/u,
]);

/** Right before a figure: an earlier toll of the same event ("an earlier toll of 20", "un précédent bilan de 20"). */
export const EARLIER_MARKERS: readonly RegExp[] = unicode([
  // Not "last toll" (the latest) nor "preliminary toll" (the current one, which may rise).
  /\b(?:earlier|previous|initial|first|original|prior) (?:death |casualty )?(?:toll|tolls|figure|figures|count|report|reports|tally|estimate|estimates)\b/u,
  /\b(?:had|have) (?:earlier|previously|initially|first) (?:said|reported|given|put|announced|stated|cited)\b/u,
  /\b(?:earlier|initially|previously|at first) (?:said|reported|announced|gave|put|cited|stated)\b/u,
  /\b(?:initially|previously|originally) (?:reported|announced|given|put)\b/u,
  // "after earlier reporting 11,300 dead", "after having said 20".
  /\b(?:earlier|initially|previously|originally|first) (?:reporting|saying|giving|putting|citing|announcing|stating)\b/u,
  /\bafter (?:having )?(?:reported|reporting|said|saying|announced|announcing|given|giving)\b/u,
  /\b(?:précédent|premier|ancien|dernier précédent) bilan\b/u,
  /\bbilan (?:précédent|initial|antérieur|initialement)\b/u,
  /\b(?:avait|avaient|avait d'abord|avaient d'abord|a d'abord|ont d'abord) (?:fait état|annoncé|évoqué|indiqué|rapporté|parlé|donné)\b/u,
  /\b(?:initialement|auparavant|précédemment|d'abord|jusqu'ici|jusque-là) (?:annoncé|évoqué|indiqué|rapporté|avancé|donné)?/u,
]);

/** Words right before a figure that give it as superseded: "et non dix", "instead of 12", "up from 12". */
export const SUPERSEDED_BEFORE: readonly string[][] = [
  ['et', 'non'], ['et', 'pas'], ['and', 'not'], ['not'], ['instead', 'of'], ['rather', 'than'], ['au', 'lieu', 'de'],
  ["au", "lieu", "d'"], ['contre'], ['up', 'from'], ['down', 'from'], ['compared', 'with'], ['compared', 'to'],
];

/** A figure that updates the toll by itself: "new toll", "le bilan s'est alourdi à 17", "désormais". */
export const UPDATE_MARKERS: readonly RegExp[] = unicode([
  /\b(?:new|latest|updated|revised|fresh|final|current) (?:death )?(?:toll|figure|count|tally|report)\b/u,
  /\b(?:nouveau|dernier|récent) bilan\b/u,
  /\b(?:s'est alourdi|s'alourdit|désormais)\b/u,
]);

/** Verbs that update the toll when a toll word goes with them: "the toll rose to 17", "le bilan est passé à 17". */
export const UPDATE_VERBS: readonly RegExp[] = unicode([
  /\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|mounted|soared|reached|reaches|hit|passed|topped|surpassed|revised|raised|lowered|updated|stands|stood|now|bringing|taking|raising|pushing|brings|takes)\b/u,
  /\b(?:s'élève|s'établit|est passé|passe|atteint|a atteint|grimpé|grimpe|porté|portant|porte|revu|ramené)\b/u,
]);
export const TOLL_WORDS: readonly RegExp[] = unicode([
  /\b(?:toll|tolls|tally|number of (?:dead|deaths|victims|people killed|casualties)|bilan|nombre de (?:morts|victimes|tués|décès))\b/u,
]);

/** Downward revisions said in words: "revised down", "revu à la baisse", "corrected". */
export const DOWNWARD_MARKERS: readonly RegExp[] = unicode([
  /\b(?:revised|lowered|cut|corrected|brought) (?:down|downward|downwards)?\b/u,
  /\b(?:revu|révisé) à la baisse\b/u,
  /\b(?:ramené|rectifié|corrigé|abaissé)\b/u,
]);

/** "no French victims", "aucune victime française", "no one was killed". */
export const NO_VICTIMS: readonly RegExp[] = unicode([
  /\b(?:no|aucune?|pas de|pas d'|sans) (?:[\p{L}'-]{1,30} )?(?:victims?|victimes?|casualt(?:y|ies)|deaths?|injur(?:y|ies)|morts?|blessés?|décès)\b/u,
  /\bno (?:one|body) (?:was|were|has been|had been) (?:killed|hurt|injured|wounded)\b/u,
  /\bpersonne n'a été (?:tué|blessé)\b/u,
]);

/** Nationalities and subsets after or before "no victims": the "no victims" is scoped to them. */
export const SCOPE_WORDS: readonly RegExp[] = unicode([
  /\b(?:françaises?|français|britanniques?|américaine?s?|allemande?s?|belges?|suisses?|canadienne?s?|étrangère?s?|européenne?s?|french|british|american|german|belgian|swiss|canadian|foreign|european|among|parmi|chez|de nationalité|nationals?|citizens?|ressortissants?)\b/u,
]);

/**
 * `\\b` of a JavaScript pattern is ASCII-only ("blessé\\b" never matches): every pattern uses Unicode edges instead,
 * a lookbehind where a word starts (start of the pattern or of an alternative), a lookahead where one ends.
 */
function unicodeBoundaries(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/\\b/gu, (_edge, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 3), offset);
    const opensWord = offset === 0 || /(?:\||\(|\(\?:)$/u.test(before) || / $/u.test(before);
    return opensWord ? '(?<![\\p{L}\\d])' : '(?![\\p{L}\\d])';
  });
  return new RegExp(source, 'u');
}

const SUPERLATIVE_REACH = 60;
const GLOBAL_PERIOD_MARKERS: readonly RegExp[] = PERIOD_MARKERS.map((pattern) => new RegExp(pattern.source, 'gu'));

/**
 * The first period marker of `text` that dates the figure at `figureAt` (an index in `text`). A superlative's
 * comparison does not: "killing 63, the deadliest attack since 2017" (after the figure), "the deadliest attack
 * since 2015 killed 50 on Thursday" (before it, with the event's day). "The deadliest quake, in 2015, killed 9,000"
 * and "the deadliest since 2019, when 23 were killed" do date it.
 */
export function periodMarker(text: string, figureAt: number, eventDay: boolean, beforeOnly = false): RegExpExecArray | null {
  for (const global of GLOBAL_PERIOD_MARKERS) {
    global.lastIndex = 0;
    for (let found = global.exec(text); found !== null; found = global.exec(text)) {
      if (found[0].length === 0) global.lastIndex += 1;
      const before = text.slice(Math.max(0, found.index - SUPERLATIVE_REACH), found.index);
      const comparison = anyMatch(SUPERLATIVE_MARKERS, before) !== null;
      if (!comparison || (found.index < figureAt && !eventDay)) {
        if (!beforeOnly || found.index < figureAt) return found;
      }
    }
  }
  return null;
}

export function anyMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match !== null) return match;
  }
  return null;
}
