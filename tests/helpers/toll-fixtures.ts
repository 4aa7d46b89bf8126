import type { TollCount } from '../../server/src/domain/contract';
import type { TollRevisionInput } from '../../server/src/domain/toll';

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

/** A parsed revision input for rule tests: one `count()`, no change kind, not primary, unless overridden. */
export const revisionInput = (overrides: Partial<TollRevisionInput> = {}): TollRevisionInput => ({
  source: 'OSDH',
  asOf: '2024-05-01T14:00:00.000Z',
  counts: [count()],
  mayRise: false,
  mayRiseReason: null,
  changeKind: null,
  note: null,
  primary: false,
  ...overrides,
});
