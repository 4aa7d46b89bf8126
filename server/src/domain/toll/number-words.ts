const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const FR_SMALL = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** Agency style spells out one to ten (used for "including two children"). */
export function isSpelledOut(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 10;
}

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function formatNumberEn(value: number): string {
  return groupThousands(value, ',');
}

// A plain space: the text travels in JSON feeds and plain-text wires, where U+202F is often lost.
export function formatNumberFr(value: number): string {
  return groupThousands(value, ' ');
}

export function spellNumberEn(value: number): string {
  return isSpelledOut(value) ? EN_SMALL[value] : formatNumberEn(value);
}

export function spellNumberFr(value: number, feminine: boolean): string {
  if (value === 1) return feminine ? 'une' : 'un';
  return isSpelledOut(value) ? FR_SMALL[value] : formatNumberFr(value);
}
