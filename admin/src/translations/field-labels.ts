/**
 * Field labels of briefs and tags in the admin's languages. The Content Manager (5.54) looks every edit-view and
 * list-view label up as `content-manager.content-types.<uid>.<field>`, with the configured label as the default
 * message: a translation here wins over the configured label in that language. English has none, so an admin's
 * relabelling (Content Manager › Configure the view) shows as typed; French gets the plugin's labels. Hints and
 * placeholders are not looked up (they show as configured, in one language): see docs/ADMIN.md.
 */
const FR: Record<string, Record<string, string>> = {
  'plugin::newsroom.brief': {
    headline: 'Titre',
    slugline: 'Mot-clé (slugline)',
    slug: 'Slug d’URL',
    dateline: 'Lieu et date (dateline)',
    byline: 'Signature',
    urgency: 'Urgence',
    summary: 'Chapô',
    body: 'Texte',
    photo: 'Photo',
    photoCredit: 'Crédit photo',
    photoCaption: 'Légende de la photo',
    tags: 'Mots-clés',
    relatedBriefs: 'Dépêches liées',
    relatedLinks: 'Liens associés',
    embargoUntil: 'Sous embargo jusqu’au',
    editorialStatus: 'Statut éditorial',
    killReason: 'Motif de l’annulation',
    externalId: 'Identifiant agence',
    firstPublishedAt: 'Première publication',
    updatedAt: 'Modifiée le',
  },
  'plugin::newsroom.tag': {
    name: 'Nom',
    kind: 'Type',
    slug: 'Slug d’URL',
  },
};

const BY_LOCALE: Record<string, Record<string, Record<string, string>>> = { fr: FR };

/** The Content Manager's label ids → labels, for one admin locale (empty when the configured labels apply). */
export const fieldLabelTranslations = (locale: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(BY_LOCALE[locale] ?? {}).flatMap(([uid, labels]) =>
      Object.entries(labels).map(([field, label]) => [`content-manager.content-types.${uid}.${field}`, label]),
    ),
  );
