/**
 * The text the wire parser reads: the pasted copy with the same length, so every index found in it is an index
 * in the original (spans need no mapping). Lower case, typographic apostrophes as "'", every kind of space as " ".
 */
export function matchText(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    if (char === '\u2019' || char === '\u2018' || char === '\u02bc') out += "'";
    else if (char === '\u00a0' || char === '\u202f' || char === '\u2009' || char === '\t') out += ' ';
    // A lower-case form of another length ("İ") would shift every index after it.
    else out += lower.length === char.length ? lower : char;
  }
  return out;
}
