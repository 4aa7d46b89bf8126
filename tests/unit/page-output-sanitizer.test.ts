/**
 * The page probe behind the list's output sanitizing: one entity with every key of the page, what survived of it, and
 * each record cut to that. On made-up schemas; that the outcome equals Strapi's own sanitizer on real rows and real
 * tokens is in tests/integration/page-output-sanitizer.test.ts.
 */
import { keepShape, keptShapeOf, probeOf, shapeKeyOf, type KeptShape } from '../../server/src/sanitizers/page-output-sanitizer';

type Schema = Parameters<typeof probeOf>[1];

const schema = (uid: string, attributes: Record<string, Record<string, unknown>>) => ({ uid, modelType: 'contentType', attributes }) as unknown as Schema;

const SCHEMAS: Record<string, Schema> = {
  'api::story.story': schema('api::story.story', {
    title: { type: 'string' },
    secret: { type: 'string', private: true },
    tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
    cover: { type: 'media' },
    seo: { type: 'component', component: 'shared.seo' },
    blocks: { type: 'dynamiczone', components: ['shared.seo'] },
    owner: { type: 'relation', relation: 'morphToOne' },
  }),
  'api::tag.tag': schema('api::tag.tag', { name: { type: 'string' }, note: { type: 'text', private: true } }),
  'plugin::upload.file': schema('plugin::upload.file', { url: { type: 'string' }, formats: { type: 'json' } }),
  'shared.seo': schema('shared.seo', { metaTitle: { type: 'string' }, internal: { type: 'string', private: true } }),
};
const getModel = (uid: string) => SCHEMAS[uid];
const story = SCHEMAS['api::story.story'];

describe('probeOf: one entity with every key of the page', () => {
  test.each([
    ['scalars of every record, each once', [{ id: 1, title: 'a' }, { id: 2, secret: 's' }], { id: null, title: null, secret: null }],
    [
      'the entities of a relation merged, whichever record holds which key',
      [{ tags: [{ id: 1, name: 'x' }] }, { tags: [{ id: 2, note: 'n' }] }],
      { tags: { id: null, name: null, note: null } },
    ],
    ['a relation no record fills stays a leaf', [{ tags: [] }, { tags: null }], { tags: null }],
    ['media and components are walked too', [{ cover: { url: 'u', formats: { small: {} } }, seo: { metaTitle: 't', internal: 'i' } }], { cover: { url: null, formats: null }, seo: { metaTitle: null, internal: null } }],
    ['a key outside the schema is kept as a leaf', [{ documentId: 'd', __proto_like: 1 }], { documentId: null, __proto_like: null }],
  ])('%s', (_name, records, probe) => {
    expect(probeOf(records, story, getModel)).toEqual(probe);
  });

  test.each([
    ['a dynamic zone (its schema comes from each value)', [{ id: 1 }, { blocks: [{ __component: 'shared.seo', metaTitle: 't' }] }]],
    ['a morph relation (its schema comes from each value)', [{ owner: { __type: 'api::tag.tag', id: 1 } }]],
  ])('%s leaves the page to Strapi record by record', (_name, records) => {
    expect(probeOf(records, story, getModel)).toBeNull();
  });

  test('an empty morph value decides nothing: the page is still probed', () => {
    expect(probeOf([{ owner: null, blocks: null }], story, getModel)).toEqual({ owner: null, blocks: null });
  });
});

describe('keptShapeOf: what survived of the probe', () => {
  const probe = { id: null, title: null, secret: null, tags: { id: null, name: null, note: null } };

  test('removed keys are not kept, nested ones likewise', () => {
    const shape = keptShapeOf(probe, { id: null, title: null, tags: { id: null, name: null } }) as KeptShape;
    expect([...shape.keys()]).toEqual(['id', 'title', 'tags']);
    expect([...(shape.get('tags') as KeptShape).keys()]).toEqual(['id', 'name']);
  });

  test.each([
    ['a leaf given a value', { id: 1 }],
    ['a nested entity turned into a leaf', { tags: null }],
    ['a leaf turned into an entity', { title: {} }],
  ])('%s is not a key-by-key decision: null (Strapi decides record by record)', (_name, sanitized) => {
    expect(keptShapeOf(probe, sanitized)).toBeNull();
  });
});

describe('shapeKeyOf: a kept shape as text (the render memo keys on it)', () => {
  const shape = (entries: [string, KeptShape | true][]): KeptShape => new Map(entries);
  const withTags = shape([['id', true], ['tags', shape([['name', true]])]]);

  test.each([
    ['a key fewer', shape([['id', true]])],
    ['a nested key more', shape([['id', true], ['tags', shape([['name', true], ['slug', true]])]])],
    ['the relation as a leaf', shape([['id', true], ['tags', true]])],
    ['a nested key moved up', shape([['id', true], ['tags', true], ['name', true]])],
  ])('%s is another key', (_name, other) => {
    expect(shapeKeyOf(other)).not.toBe(shapeKeyOf(withTags));
  });

  test('an equal shape is the same key', () => {
    expect(shapeKeyOf(shape([['id', true], ['tags', shape([['name', true]])]]))).toBe(shapeKeyOf(withTags));
  });
});

describe('keepShape: a record cut to the kept shape', () => {
  const shape: KeptShape = new Map<string, KeptShape | true>([
    ['id', true],
    ['title', true],
    ['tags', new Map([['name', true]])],
    ['cover', new Map([['url', true]])],
  ]);

  test.each([
    ['removed keys go, kept ones keep their order', { title: 't', secret: 's', id: 3 }, { title: 't', id: 3 }],
    ['inside each entity of a list', { tags: [{ name: 'a', note: 'x' }, { name: 'b' }] }, { tags: [{ name: 'a' }, { name: 'b' }] }],
    ['inside a single entity', { cover: { url: 'u', hash: 'h' } }, { cover: { url: 'u' } }],
    ['empty and non-entity values as they are', { tags: [], cover: null, id: undefined }, { tags: [], cover: null, id: undefined }],
    ['ids in a relation list as they are', { tags: [1, 2] }, { tags: [1, 2] }],
    ["a key named like Object's own properties is not kept by accident", { constructor: 'x', toString: 'y', title: 't' }, { title: 't' }],
  ])('%s', (_name, record, kept) => {
    expect(keepShape(record, shape)).toEqual(kept);
  });

  test('values are not copied and the record is not changed', () => {
    const formats = { small: { url: 's' } };
    const record = { id: 1, title: 't', secret: 's', cover: { url: formats } };
    const kept = keepShape(record, shape);
    expect((kept.cover as { url: unknown }).url).toBe(formats);
    expect(record).toEqual({ id: 1, title: 't', secret: 's', cover: { url: formats } });
  });
});
