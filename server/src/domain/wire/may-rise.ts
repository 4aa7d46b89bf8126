import type { Sentence } from './sentences';
import type { Spanned, TextSpan } from './types';

/**
 * "The toll is likely to rise because …", "le bilan pourrait s'alourdir en raison de …": the toll may rise,
 * and why. Patterns run on one sentence of the lower-case text (see matchText), with Unicode word edges.
 */
const EDGE_BEFORE = '(?<![\\p{L}\\d])';
const EDGE_AFTER = '(?![\\p{L}\\d])';

function pattern(source: string): RegExp {
  return new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, 'u');
}

const MAY_RISE: readonly RegExp[] = [
  pattern("(?:likely|expected|feared|set|bound|certain|poised|liable) to (?:rise|increase|climb|grow|go up|mount|worsen|get worse)"),
  pattern("(?:could|may|might|would|will|is going to|are going to) (?:still |further |yet |well |likely |probably )?(?:rise|increase|climb|grow|go up|mount|worsen)(?: further| still)?"),
  pattern("(?:provisional|preliminary|not (?:yet )?final|not definitive)(?: death)? (?:toll|figure|count|tally)|(?:toll|figure|count|tally) (?:is|was|remains) (?:provisional|preliminary|not (?:yet )?final)"),
  pattern("(?:pourrait|pourraient|risque|risquent|devrait|devraient|menace|menacent|est susceptible|sont susceptibles|va|vont) (?:encore |bien |malheureusement |de |d'|encore d')*(?:s'alourdir|augmenter|s'aggraver|grimper|s'élever|évoluer|progresser)"),
  pattern("bilan (?:encore |très |toujours )*(?:provisoire|susceptible d'évoluer|n'est pas définitif|pas définitif|non définitif)"),
  pattern("n'est (?:pas|toujours pas) (?:encore )?définitif"),
  // "the toll could be higher", "the real number may be far higher", "feared to be much higher"
  pattern("(?:could|may|might|would|will|is likely to|are likely to|is expected to|are expected to|is feared to|are feared to) (?:still |well |yet )?be (?:much |even |far |significantly |considerably )?(?:higher|heavier|greater)"),
  // "officials did not rule out a higher toll"
  pattern("(?:did not|didn't|do not|don't|does not|doesn't|could not|couldn't|cannot|can't|would not|wouldn't) rule out (?:a |an |the )?(?:higher|heavier|rising|(?:further )?rise in the) (?:death )?(?:toll|tolls|figure|number of (?:dead|deaths|victims|casualties))"),
  // "la police, qui n'exclut pas un bilan plus lourd", "un bilan plus lourd n'est pas exclu", "pourrait être revu à la hausse"
  pattern("n'(?:exclut|excluent|excluait|excluaient|exclu) pas (?:un |une |l')?(?:bilan plus (?:lourd|élevé)|hausse du bilan|alourdissement du bilan|aggravation du bilan)"),
  pattern("bilan plus (?:lourd|élevé) (?:n'est|n'était) pas exclu"),
  // "les autorités, qui ont mis en garde contre un bilan encore plus lourd", "officials feared a higher toll"
  pattern("(?:mis en garde contre|mettent en garde contre|met en garde contre|craignent|craint|craignait|craignaient|redoutent|redoute|redoutait|s'attendent à|s'attend à) (?:un |une |l')?(?:bilan (?:encore |bien )?plus (?:lourd|élevé)|alourdissement du bilan|hausse du bilan|aggravation du bilan)"),
  pattern("(?:warned of|warns of|warning of|warn of|fear|fears|feared|fearing|expect|expects|expected) (?:a |an |the )?(?:much |even |far )?(?:higher|heavier|rising|(?:further )?rise in the) (?:death )?(?:toll|tolls|number of (?:dead|deaths|victims|casualties))"),
  pattern("(?:pourrait|pourraient|risque|risquent|devrait|devraient) (?:encore |bien )?(?:être |se révéler )(?:encore |bien |beaucoup )?(?:plus lourd|plus élevé|revu à la hausse|revus à la hausse)"),
];

/** What may rise must be the toll: "prices are expected to rise" or "river levels could rise" are no toll. */
const TOLL_SUBJECT = pattern(
  "toll|tolls|tally|figure|figures|number|numbers|count|death|deaths|dead|victims|casualties|balance sheet|bilan|bilans|nombre|chiffre|chiffres|victimes|morts",
);
const SUBJECT_REACH = 160;
const NEGATED = /(?<![\p{L}\d])(?:not|unlikely|n'|ne|pas)\s*$/u;

const REASON_AFTER = new RegExp(
  `(?:^|[\\s,])(?:(?:further|still|again|encore|davantage|in the coming (?:hours|days)|dans les prochaines (?:heures|jours)) )?(?:${EDGE_BEFORE}(?:because of|because|as|since|given that|given|due to|owing to|with|amid|en raison (?:des|du|de)|car|parce que|du fait (?:des|du|de)|compte tenu (?:des|du|de)|étant donné que|vu que|avec)${EDGE_AFTER}|${EDGE_BEFORE}(?:en raison d'|parce qu'|du fait d'|compte tenu d'|étant donné qu'|vu qu'))\\s*`,
  'u',
);
/** A participle clause after the phrase: "pourrait s'alourdir, six personnes étant toujours dans un état critique". */
const REASON_PARTICIPLE = /^\s*,\s*(?=(?:[\p{L}\d'’-]+\s+){1,6}(?:étant|being)\s)/u;
const REASON_BEFORE = new RegExp(
  `^\\s*(?:with|as|because|given that|given|en raison (?:des|du|de)|compte tenu (?:des|du|de)|avec)${EDGE_AFTER}\\s*([^,]{3,200}),`,
  'u',
);
const TRAILING = /[\s.!?…;:,"”»)]+$/u;
const MAX_REASON = 300;
/** Where a reason ends: a closing quote, a bracket, or the attribution after it (", he said", ", selon …"). */
const REASON_END =
  /["”»(;]|,\s+(?:according to|selon|d'après|a-t-(?:il|elle)|ont-ils|ont-elles|said|says)(?![\p{L}\d])|,\s+(?:[\p{L}'’.-]{1,30}\s+){0,6}(?:said|says|told|added|a indiqué|a précisé|a déclaré|a ajouté|a affirmé|ont indiqué|ont précisé|a annoncé)(?![\p{L}\d])/u;

export interface MayRise {
  span: TextSpan;
  reason: Spanned<string> | null;
}

function trimmedReason(text: string, start: number, end: number): Spanned<string> | null {
  const window = text.slice(start, Math.min(end, start + MAX_REASON));
  const cut = REASON_END.exec(window);
  const raw = (cut === null ? window : window.slice(0, cut.index)).replace(TRAILING, '');
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value.length < 3) return null;
  return { value, span: { start: start + lead, end: start + lead + value.length } };
}

/** The first "may rise" phrase of a sentence, or null. */
export function readMayRise(text: string, matched: string, sentence: Sentence): MayRise | null {
  const sentenceText = matched.slice(sentence.start, sentence.end);
  for (const candidate of MAY_RISE) {
    const found = candidate.exec(sentenceText);
    if (found === null) continue;
    if (NEGATED.test(sentenceText.slice(Math.max(0, found.index - 12), found.index))) continue;
    if (!TOLL_SUBJECT.test(sentenceText.slice(Math.max(0, found.index - SUBJECT_REACH), found.index + found[0].length))) continue;
    const phraseEnd = found.index + found[0].length;
    const rest = sentenceText.slice(phraseEnd, phraseEnd + MAX_REASON);
    const connector = REASON_AFTER.exec(rest) ?? REASON_PARTICIPLE.exec(rest);
    let reason: Spanned<string> | null = null;
    if (connector !== null) {
      const start = sentence.start + phraseEnd + connector.index + connector[0].length;
      reason = trimmedReason(text, start, sentence.end);
    } else {
      const before = REASON_BEFORE.exec(sentenceText);
      if (before !== null && before.index + before[0].length <= found.index) {
        const start = sentence.start + before.index + before[0].indexOf(before[1]);
        reason = trimmedReason(text, start, start + before[1].length);
      }
    }
    return { span: { start: sentence.start + found.index, end: sentence.start + phraseEnd }, reason };
  }
  return null;
}
