import type { Core } from '@strapi/strapi';
import { parseTagFields } from '../domain/brief/validate-tag';
import { firstFreeSlug, toSlug } from '../domain/slug/slug';
import { valueTaken } from '../domain/unique-values';
import { validationFailed } from '../http-errors';
import { TAG_UID } from '../uids';
import { slugsTakenByOthers as slugsTaken } from './slugs-taken';

/** Tag writes: field rules Strapi skips, and a unique slug (typed: must be free; generated: -2, -3 …). */
const tagEditing = ({ strapi }: { strapi: Core.Strapi }) => {
  const slugsTakenByOthers = (base: string, documentId: string | undefined) => slugsTaken(strapi, TAG_UID, base, { documentId });

  return {
    async beforeWrite(action: 'create' | 'update', data: Record<string, unknown>, documentId: string | undefined) {
      const fields = parseTagFields(data, action);
      if (!fields.ok) throw validationFailed(fields.errors);
      Object.assign(data, fields.value);
      const typed = typeof data.slug === 'string' ? toSlug(data.slug) : '';
      if (typed) {
        data.slug = typed;
        if ((await slugsTakenByOthers(typed, documentId)).has(typed))
          throw validationFailed([valueTaken('slug', typed, { type: 'tag' })]);
      } else if (typeof data.name === 'string') {
        const base = toSlug(data.name) || 'tag';
        data.slug = firstFreeSlug(base, await slugsTakenByOthers(base, documentId));
      }
    },
  };
};

export default tagEditing;
