/** The key of one locale of a document in the maps services hand each other (brief snapshots, ninjs version counters). */
export const documentLocaleKey = (documentId: string, locale: string): string => `${documentId}:${locale}`;

/** The same key, of anything naming a document and a locale (a pair asked for, a read row, a shaped brief). */
export const documentLocaleKeyOf = ({ documentId, locale }: { documentId: string; locale: string }): string => documentLocaleKey(documentId, locale);
