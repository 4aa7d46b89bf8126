import type { Core } from '@strapi/strapi';
import { traverseEntity } from '@strapi/utils';
import { PLUGIN_ID } from '../uids';

type Visitor = Parameters<typeof traverseEntity>[0];
type Model = Parameters<typeof traverseEntity>[1]['schema'];
type Data = Parameters<typeof traverseEntity>[2];

const PLUGIN_UID_PREFIX = `plugin::${PLUGIN_ID}.`;

const isPluginUid = (uid: unknown): boolean => typeof uid === 'string' && uid.startsWith(PLUGIN_UID_PREFIX);

const isPluginEntity = (item: unknown): boolean =>
  typeof item === 'object' && item !== null && isPluginUid((item as { __type?: unknown }).__type);

/**
 * Removes the plugin's entities from what another type's Content API answer carries: the Upload plugin's morph
 * `related` (a file lists every brief using it, drafts and embargoed ones included) and any relation aimed at a
 * plugin type. Briefs reach the Content API only through the plugin's routes, which apply status and embargo.
 */
const hidePluginEntities: Visitor = ({ key, value, attribute }, { remove, set }) => {
  if (!attribute || attribute.type !== 'relation') return;
  if (isPluginUid(attribute.target)) {
    remove(key);
    return;
  }
  if (!String(attribute.relation).toLowerCase().startsWith('morph')) return;
  // The visitor's `set` is typed for one entity; a morph-to-many value is a list of them.
  if (Array.isArray(value)) set(key, value.filter((item) => !isPluginEntity(item)) as unknown as Data);
  else if (isPluginEntity(value)) remove(key);
};

/** Walks `schema`'s entities with `visitor`, as Strapi's own sanitizers do. */
const walk = (strapi: Core.Strapi, schema: Model, visitor: Visitor) =>
  traverseEntity(visitor, {
    schema,
    getModel: (uid: string) => strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as unknown as Model,
  });

type Sanitize = ReturnType<typeof walk>;

/** Strapi types sanitizers lodash-curried but calls them with the data, all this one takes (and gives back). */
const leaveAsIs = ((data: Data) => Promise.resolve(data)) as unknown as Sanitize;

/**
 * A `content-api.output` sanitizer: leaves the plugin's own answers alone (without walking them: the plugin's routes
 * shape them), strips plugin entities from the others.
 */
export const createHidePluginContentSanitizer = (strapi: Core.Strapi) => (schema: Model): Sanitize =>
  isPluginUid(schema.uid) ? leaveAsIs : walk(strapi, schema, hidePluginEntities);
