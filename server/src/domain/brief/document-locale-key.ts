/** The key of one locale of a document in the maps services hand each other (brief snapshots, ninjs version counters). */
export const documentLocaleKey = (documentId: string, locale: string): string => `${documentId}:${locale}`;
