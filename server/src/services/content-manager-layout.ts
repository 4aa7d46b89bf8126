import type { Core } from '@strapi/strapi';
import { BRIEF_UID, TAG_UID } from '../uids';
import {
  BRIEF_DEFAULTS,
  TAG_DEFAULTS,
  mergeDefaults,
  packEditLayout,
  type AppliedDefaults,
  type ContentManagerConfiguration,
  type StrapiGenerated,
  type TypeDefaults,
} from '../domain/content-manager/default-configuration';

interface ContentManagerModel {
  uid: string;
  attributes: Record<string, { type: string; customField?: string; relation?: string }>;
}

interface ContentTypesService {
  findContentType(uid: string): ContentManagerModel | undefined;
  findConfiguration(contentType: { uid: string }): Promise<ContentManagerConfiguration>;
  updateConfiguration(contentType: { uid: string }, configuration: ContentManagerConfiguration): Promise<unknown>;
}

interface FieldSizesService {
  hasFieldSize(type: string | undefined): boolean;
  getFieldSize(type: string): { default: number };
}

/** Where the plugin remembers what it wrote (core store: plugin_newsroom_content-manager-defaults). */
const appliedStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'newsroom', key: 'content-manager-defaults' });

const NOT_LISTABLE = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const NOT_VISIBLE = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy'];

/**
 * What Strapi 5.54 generates for a type it never configured (content-manager services/utils/configuration/layouts):
 * every visible field in schema order packed into rows by default size, the first four listable fields.
 */
const strapiGenerated = (model: ContentManagerModel, sizes: FieldSizesService): StrapiGenerated => {
  const names = Object.keys(model.attributes);
  const editable = names.filter((name) => !NOT_VISIBLE.includes(name));
  const size = (name: string) => {
    const attribute = model.attributes[name];
    return sizes.getFieldSize(sizes.hasFieldSize(attribute.customField) ? (attribute.customField as string) : attribute.type).default;
  };
  const listable = names.filter((name) => name !== 'documentId' && !NOT_LISTABLE.includes(model.attributes[name].type));
  const mainField = names.find((name) => model.attributes[name].type === 'string' && name !== 'id') ?? 'id';
  return { edit: packEditLayout(editable.map((name) => ({ name, size: size(name) }))), list: listable.slice(0, 4), mainField };
};

/**
 * Sets the plugin's labels, hints, read-only fields and layouts as the briefs' and tags' Content Manager configuration,
 * wherever the stored one is still Strapi's generated default or the plugin's own previous default. Runs in bootstrap,
 * after the Content Manager synced its configurations; idempotent (a second run writes nothing).
 */
export const applyContentManagerDefaults = async (strapi: Core.Strapi): Promise<void> => {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService;
  const sizes = strapi.plugin('content-manager').service('field-sizes') as unknown as FieldSizesService;
  const store = appliedStore(strapi);
  const previousAll = ((await store.get({})) ?? {}) as Record<string, AppliedDefaults>;
  const nextAll: Record<string, AppliedDefaults> = { ...previousAll };
  const types: [string, TypeDefaults][] = [
    [BRIEF_UID, BRIEF_DEFAULTS],
    [TAG_UID, TAG_DEFAULTS],
  ];
  for (const [uid, defaults] of types) {
    const model = contentTypes.findContentType(uid);
    if (!model) continue;
    const stored = await contentTypes.findConfiguration({ uid });
    const { configuration, applied, changed } = mergeDefaults(stored, defaults, strapiGenerated(model, sizes), previousAll[uid] ?? null);
    if (changed) await contentTypes.updateConfiguration({ uid }, configuration);
    nextAll[uid] = applied;
  }
  if (JSON.stringify(nextAll) !== JSON.stringify(previousAll)) await store.set({ value: nextAll });
};
