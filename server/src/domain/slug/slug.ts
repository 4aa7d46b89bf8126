import slugify from 'slugify';

/** `Alep : 15 morts` → `alep-15-morts`: lower case, accents folded, punctuation dropped. */
export const toSlug = (text: string): string =>
  slugify(text.replace(/[<>]/g, ''), { lower: true, strict: true, trim: true, locale: 'en' }).replace(/-+/g, '-').replace(/^-|-$/g, '');

export const MAX_SLUG_LENGTH = 200;

/** Cuts a slug at a word boundary so that a suffix still fits. */
export const truncateSlug = (slug: string, maxLength = MAX_SLUG_LENGTH): string => {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut;
};

/** First of `base`, `base-2`, `base-3` … that is not taken. */
export const firstFreeSlug = (base: string, taken: ReadonlySet<string>): string => {
  const root = truncateSlug(base, MAX_SLUG_LENGTH - 6);
  if (!taken.has(root)) return root;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${root}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
};
