import type { TollCount } from '../../server/src/domain/contract';

/** A count for table-driven tests: 15 killed, exact, no group, unless overridden. */
export const count = (overrides: Partial<TollCount> = {}): TollCount => ({
  category: 'killed',
  value: 15,
  valueMax: null,
  qualifier: 'exact',
  group: null,
  includes: [],
  ...overrides,
});
