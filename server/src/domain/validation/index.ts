/** The one input validation layer: zod schemas that carry the storage limits. Pure: no Strapi import. */
export * from './fields';
export * from './parse';
export * from './storage-limits';
export * from './text-rules';
export * from './json-shape';
export * from './objects';
export * from './query-filters';
export * from './query-keys';
