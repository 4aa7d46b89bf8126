import type { Core, UID } from '@strapi/strapi';
import type { ResolveFilterAttribute } from '../domain/validation';

/**
 * What a key of any model names, for the filter and sort checks of domain/validation: relations and media lead to
 * their target; a polymorphic relation (`morphToMany` / `morphToOne`, such as Upload's `related`) has none.
 */
export const attributeResolver =
  (strapi: Core.Strapi): ResolveFilterAttribute =>
  (uid, key) => {
    const attribute = strapi.getModel(uid as UID.Schema)?.attributes?.[key] as { type?: string; target?: string; relation?: string } | undefined;
    if (!attribute) return null;
    if (attribute.type === 'integer') return { kind: 'int4' };
    if (attribute.type === 'decimal' || attribute.type === 'float' || attribute.type === 'biginteger') return { kind: 'number' };
    if (attribute.type === 'json' || attribute.type === 'blocks') return { kind: 'json' };
    if (attribute.type && ['date', 'datetime', 'time', 'timestamp', 'boolean'].includes(attribute.type)) return { kind: 'scalar' };
    if (attribute.type === 'relation' && attribute.relation?.startsWith('morphTo')) return { kind: 'morph' };
    if (attribute.type === 'relation' && attribute.target) return { kind: 'relation', target: attribute.target };
    if (attribute.type === 'media') return { kind: 'relation', target: 'plugin::upload.file' };
    return { kind: 'other' };
  };
