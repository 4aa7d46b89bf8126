import type { Core, UID } from '@strapi/strapi';

/**
 * The slugs other documents of `uid` hold that could clash with `base`: `base` itself and `base-…` (what
 * `firstFreeSlug` may pick), in `locale` when slugs are unique per locale (briefs), across all rows otherwise (tags).
 * Shared by brief-editing and tag-editing: one rule of slug uniqueness. Not a service (no registry entry).
 */
export async function slugsTakenByOthers(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  base: string,
  scope: { documentId: string | undefined; locale?: string },
): Promise<Set<string>> {
  const taken = (await strapi.db.query(uid).findMany({
    select: ['slug'],
    where: {
      ...(scope.locale === undefined ? {} : { locale: scope.locale }),
      $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }],
      ...(scope.documentId ? { documentId: { $ne: scope.documentId } } : {}),
    },
  })) as { slug: string | null }[];
  return new Set(taken.map((row) => row.slug).filter((slug): slug is string => Boolean(slug)));
}
