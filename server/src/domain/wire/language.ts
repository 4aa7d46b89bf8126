import type { WireLanguage, WireLanguageHint } from './types';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'was', 'were', 'is', 'are', 'at', 'on', 'with', 'according', 'said', 'has', 'have', 'by', 'from', 'that', 'killed', 'people']);
const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'dans', 'une', 'un', 'selon', 'au', 'aux', 'pour', 'été', 'ont', 'sur', 'qui', 'par', 'morts', 'personnes', 'l', 'd', 'qu']);

/** The hint when it names a language; otherwise the language whose common words the copy uses more (English on a tie). */
export function detectLanguage(matched: string, hint: WireLanguageHint = 'auto'): WireLanguage {
  if (hint === 'en' || hint === 'fr') return hint;
  let english = 0;
  let french = 0;
  for (const match of matched.slice(0, 20_000).matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (ENGLISH.has(word)) english += 1;
    if (FRENCH.has(word)) french += 1;
  }
  return french > english ? 'fr' : 'en';
}
