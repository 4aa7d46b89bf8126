import { BRIEF_UID } from '../pluginId';

/** The Content Manager edit view of a brief in one locale (a router path, without the /admin base). */
export const briefEditPath = (documentId: string, locale: string | null | undefined): string =>
  `/content-manager/collection-types/${BRIEF_UID}/${encodeURIComponent(documentId)}${
    locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : ''
  }`;
