/**
 * Query parameter names that qs (Strapi's query parser) drops without a word: a name, or a bracket or dot segment of
 * it, that is a property of Object.prototype (`__proto__[x]`, `constructor[prototype][y]`, `filters[toString]`).
 * Nothing is polluted, but the request would run as if the parameter had not been sent, and unknown parameters are
 * refused, never ignored. Pure: no Strapi import.
 */

const isPrototypeName = (segment: string): boolean => Object.prototype.hasOwnProperty.call(Object.prototype, segment);

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text; // qs keeps what it cannot decode as is
  }
};

/** The first parameter of a raw query string (`a=1&b[c]=2`) that qs would drop for its name, as sent; else null. */
export const findPrototypeQueryKey = (querystring: string): string | null => {
  for (const part of querystring.split('&')) {
    const equals = part.indexOf('=');
    const name = decoded(equals >= 0 ? part.slice(0, equals) : part);
    if (name.split(/[[\].]/).some((segment) => segment !== '' && isPrototypeName(segment))) return name;
  }
  return null;
};
