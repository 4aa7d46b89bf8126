const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const FR_SMALL = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** Agency style spells out one to ten (used for "including two children"). */
export function isSpelledOut(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 10;
}

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Round millions as agencies write them: 1,500,000 → "1.5 million" / "1,5 million"; null when not round. */
function millions(value: number, decimalMark: string): string | null {
  if (value < 1_000_000 || value % 100_000 !== 0) return null;
  return `${String(value / 1_000_000).replace('.', decimalMark)} million`;
}

export function formatNumberEn(value: number): string {
  return millions(value, '.') ?? groupThousands(value, ',');
}

// A plain space: the text travels in JSON feeds and plain-text wires, where U+202F is often lost.
export function formatNumberFr(value: number): string {
  const inMillions = millions(value, ',');
  if (inMillions) return value >= 2_000_000 ? `${inMillions}s` : inMillions;
  return groupThousands(value, ' ');
}

export function spellNumberEn(value: number): string {
  return isSpelledOut(value) ? EN_SMALL[value] : formatNumberEn(value);
}

export function spellNumberFr(value: number, feminine: boolean): string {
  if (value === 1) return feminine ? 'une' : 'un';
  return isSpelledOut(value) ? FR_SMALL[value] : formatNumberFr(value);
}
