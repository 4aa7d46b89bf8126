import path from 'path';
import type { Core } from '@strapi/strapi';
import { contentTypes, sanitize, traverseEntity } from '@strapi/utils';

type Model = Parameters<typeof traverseEntity>[1]['schema'];
type Data = Parameters<typeof traverseEntity>[2];
type Attribute = Model['attributes'][string];
type GetModel = (uid: string) => Model;
type Entity = Record<string, unknown>;
type RegisteredSanitizer = ReturnType<Core.Strapi['sanitizers']['get']>[number];

/** The keys Strapi's output rules keep, each a leaf (`true`) or the shape of the relation, media or component it holds. */
export type KeptShape = Map<string, KeptShape | true>;

const isEntity = (value: unknown): value is Entity => typeof value === 'object' && value !== null && !Array.isArray(value);

const entitiesIn = (value: unknown): Entity[] => (Array.isArray(value) ? value.filter(isEntity) : isEntity(value) ? [value] : []);

/** A relation whose target schema comes from each value (`__type`): the rules cannot be decided from keys alone. */
const isMorph = (attribute: Attribute): boolean => contentTypes.isRelationalAttribute(attribute) && String(attribute.relation).toLowerCase().startsWith('morph');

/** An attribute whose value holds entities of another schema (walked by Strapi's traversal). */
const holdsEntities = (attribute: Attribute): boolean =>
  contentTypes.isRelationalAttribute(attribute) || contentTypes.isMediaAttribute(attribute) || attribute.type === 'component';

const nestedSchemaOf = (attribute: Attribute, getModel: GetModel): Model | null => {
  if (contentTypes.isRelationalAttribute(attribute)) return attribute.target ? getModel(attribute.target) : null;
  if (contentTypes.isMediaAttribute(attribute)) return getModel('plugin::upload.file');
  if (attribute.type === 'component' && typeof attribute.component === 'string') return getModel(attribute.component);
  return null;
};

/**
 * What a key of a schema's records holds for the probe: a leaf (or no attribute at all), entities of another schema,
 * or entities whose schema each value names (a morph relation, a dynamic zone).
 */
type KeyKind = 'leaf' | 'entities' | 'by-value';

/** Each schema's keys classified once (a page asks about every key of every record). */
const keyKindsBySchema = new WeakMap<Model, Map<string, KeyKind>>();

const kindOf = (schema: Model, key: string): KeyKind => {
  let kinds = keyKindsBySchema.get(schema);
  if (!kinds) {
    kinds = new Map();
    keyKindsBySchema.set(schema, kinds);
  }
  let kind = kinds.get(key);
  if (kind === undefined) {
    const attribute = schema.attributes[key];
    kind = !attribute ? 'leaf' : contentTypes.isDynamicZoneAttribute(attribute) || isMorph(attribute) ? 'by-value' : holdsEntities(attribute) ? 'entities' : 'leaf';
    kinds.set(key, kind);
  }
  return kind;
};

/**
 * One entity holding every key `records` hold, with the entities of each relation, media and component merged the
 * same way, every leaf `null`: what Strapi's own output rules are asked about once for a whole page. Those rules
 * (password and private attributes, relations the caller may not read) look at keys and attributes, not values; the
 * exceptions, morph relations and dynamic zones (the schema of each value comes from its `__type` / `__component`),
 * give `null`, and such records take Strapi's record-by-record path.
 */
export const probeOf = (records: Entity[], schema: Model, getModel: GetModel): Entity | null => {
  const probe: Entity = {};
  const nested = new Map<string, Entity[]>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      probe[key] = null;
      const kind = kindOf(schema, key);
      const value = record[key];
      if (kind === 'leaf' || value === null || value === undefined) continue;
      if (kind === 'by-value') return null;
      const entities = nested.get(key) ?? [];
      entities.push(...entitiesIn(value));
      nested.set(key, entities);
    }
  }
  for (const [key, entities] of nested) {
    const nestedSchema = nestedSchemaOf(schema.attributes[key], getModel);
    if (entities.length === 0 || !nestedSchema) continue;
    const nestedProbe = probeOf(entities, nestedSchema, getModel);
    if (!nestedProbe) return null;
    probe[key] = nestedProbe;
  }
  return probe;
};

/** What of `probe` survived sanitizing (`sanitized`), key by key; `null` if a rule changed a value instead of removing a key. */
export const keptShapeOf = (probe: Entity, sanitized: Entity): KeptShape | null => {
  const shape: KeptShape = new Map();
  for (const key of Object.keys(sanitized)) {
    const before = probe[key];
    const after = sanitized[key];
    if (!isEntity(before)) {
      if (after !== before) return null;
      shape.set(key, true);
      continue;
    }
    if (!isEntity(after)) return null;
    const nested = keptShapeOf(before, after);
    if (!nested) return null;
    shape.set(key, nested);
  }
  return shape;
};

/** `record` with only the keys `shape` keeps, nested entities likewise; values are not copied. */
export const keepShape = (record: Entity, shape: KeptShape): Entity => {
  const kept: Entity = {};
  for (const key of Object.keys(record)) {
    const rule = shape.get(key);
    if (rule === undefined) continue;
    const value = record[key];
    if (rule === true || value === null || value === undefined) kept[key] = value;
    else if (Array.isArray(value)) kept[key] = value.map((item: unknown) => (isEntity(item) ? keepShape(item, rule) : item));
    else kept[key] = isEntity(value) ? keepShape(value, rule) : value;
  }
  return kept;
};

/** A kept shape as text: `key` or `key{…}` for each kept key, in the shape's order. */
export const shapeKeyOf = (shape: KeptShape): string =>
  [...shape].map(([key, rule]) => (rule === true ? JSON.stringify(key) : `${JSON.stringify(key)}{${shapeKeyOf(rule)}}`)).join(',');

/** Strapi's output rules decided once for a page (see createPageOutputSanitizer's `rulesFor`). */
export interface PageRules {
  key: string;
  apply: <Row extends object>(record: Row) => Row;
}

/** Registered sanitizers declared to decide by keys and schemas alone on a page without morph values or dynamic zones. */
const declaredByKeys = new WeakSet<RegisteredSanitizer>();

/** Declares a `content-api.output` sanitizer as deciding by keys and schemas alone (see createPageOutputSanitizer). */
export const decidesByKeys = <Sanitizer extends RegisteredSanitizer>(sanitizer: Sanitizer): Sanitizer => {
  declaredByKeys.add(sanitizer);
  return sanitizer;
};

/**
 * The output sanitizer Strapi's users-permissions plugin registers (5.54: `dist/server/utils/sanitize/sanitizers.js`,
 * not exported, so found from the app's copy of the package): it removes the `users` relation of role entities, a rule
 * on keys and schemas like the built-in ones. `null` when the app has no such plugin or the file moved (then it runs
 * record by record, as any registered sanitizer).
 */
const usersPermissionsOutputSanitizer = (appRoot: string): RegisteredSanitizer | null => {
  try {
    const packageDir = path.dirname(require.resolve('@strapi/plugin-users-permissions/package.json', { paths: [appRoot] }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file the package does not export, by path
    const sanitizers = require(path.join(packageDir, 'dist/server/utils/sanitize/sanitizers.js')) as { __require?: () => { defaultSanitizeOutput?: RegisteredSanitizer } };
    return sanitizers.__require?.().defaultSanitizeOutput ?? null;
  } catch {
    return null;
  }
};

/** Whether a sanitizer registered in this app decides by keys and schemas alone: the plugin's own, users-permissions'. */
export const decidesByKeysIn = (strapi: Core.Strapi): ((sanitizer: RegisteredSanitizer) => boolean) => {
  const usersPermissions = usersPermissionsOutputSanitizer(strapi.dirs.app.root);
  return (sanitizer) => declaredByKeys.has(sanitizer) || sanitizer === usersPermissions;
};

/**
 * Sanitizes a page of records exactly as `strapi.contentAPI.sanitize.output` does, with its rules decided once for
 * the page instead of once per record (they walk every key of every record: the largest part of a list read's CPU).
 * Strapi 5.54's output sanitizer is its default rules (passwords, private attributes), then, with an `auth`, the
 * relations the caller may not read, then the sanitizers registered for `content-api.output`, in order. The first two,
 * and the registered ones that decide by keys alone (the plugin's own and users-permissions') up to the first that may
 * not, are applied through the page's probe; the registered ones after that still run record by record (an app's own may look
 * at values). A page with a morph relation or a dynamic zone, or a single record, goes through Strapi's own path.
 */
export const createPageOutputSanitizer = (strapi: Core.Strapi) => {
  const getModel: GetModel = (uid) => strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as unknown as Model;
  const decidesByKeysHere = decidesByKeysIn(strapi);

  /** The registered sanitizers, split where the first one that may look at values stands. */
  const registeredSanitizers = () => {
    const registered = strapi.sanitizers.get('content-api.output');
    const firstByValue = registered.findIndex((sanitizer) => !decidesByKeysHere(sanitizer));
    const split = firstByValue < 0 ? registered.length : firstByValue;
    return { onProbe: registered.slice(0, split), perRecord: registered.slice(split) };
  };

  /**
   * The page's kept shape (Strapi's default rules, the caller's relations and the registered sanitizers that decide by
   * keys, applied once to the page's probe) and the registered sanitizers still to run record by record. `shape` is
   * null where Strapi's own path must run: a single record, a morph value or a dynamic zone, a rule that changed a
   * value. `wholePage`: the caller takes only a shape that needs no sanitizer after it (none is probed otherwise).
   */
  const pageShapeOf = async (records: Entity[], schema: Model, auth: unknown, { wholePage }: { wholePage: boolean }) => {
    const { onProbe, perRecord } = registeredSanitizers();
    const probe = records.length > 1 && !(wholePage && perRecord.length > 0) ? probeOf(records, schema, getModel) : null;
    if (!probe) return { shape: null, perRecord };
    let sanitized = (await sanitize.sanitizers.defaultSanitizeOutput({ schema, getModel }, probe as Data)) as Entity;
    if (auth) sanitized = (await traverseEntity(sanitize.visitors.removeRestrictedRelations(auth), { schema, getModel }, sanitized as Data)) as Entity;
    for (const sanitizer of onProbe) sanitized = (await sanitizer(schema)(sanitized as Data)) as Entity;
    return { shape: keptShapeOf(probe, sanitized), perRecord };
  };

  /**
   * The rules for a whole page as one kept shape, when they can be decided by keys alone: more than one record, no
   * morph value or dynamic zone, and no registered sanitizer that may look at values. `key` names the shape: records
   * with equal content come out of `apply` equal under equal keys, whichever page they were read in.
   */
  const rulesFor = async (records: object[], uid: string, auth: unknown): Promise<PageRules | null> => {
    const { shape } = await pageShapeOf(records as Entity[], getModel(uid), auth, { wholePage: true });
    return shape ? { key: shapeKeyOf(shape), apply: <Row extends object>(record: Row) => keepShape(record as unknown as Entity, shape) as unknown as Row } : null;
  };

  const sanitizePage = async <Row extends object>(records: Row[], uid: string, auth: unknown): Promise<Row[]> => {
    const schema = getModel(uid);
    const entities = records as unknown as Entity[];
    const { shape, perRecord } = await pageShapeOf(entities, schema, auth, { wholePage: false });
    if (!shape) return (await strapi.contentAPI.sanitize.output(records, schema, { auth })) as Row[];
    const forSchema = perRecord.map((sanitizer) => sanitizer(schema));
    const sanitized: Row[] = [];
    for (const entity of entities) {
      let record: unknown = keepShape(entity, shape);
      for (const sanitizer of forSchema) record = await sanitizer(record as Data);
      sanitized.push(record as Row);
    }
    return sanitized;
  };

  return { sanitizePage, rulesFor };
};
