import { isHiddenByEmbargo } from '../../server/src/domain/brief/visibility';

const now = new Date('2026-12-01T12:00:00Z');
const future = '2026-12-01T13:00:00.000Z';
const past = '2026-12-01T11:00:00.000Z';

describe('isHiddenByEmbargo: embargo comes first', () => {
  test.each([
    ['usable, under embargo', { embargoUntil: future, editorialStatus: 'usable', statusChangedAt: null }, true],
    ['killed under embargo, embargo still running', { embargoUntil: future, editorialStatus: 'killed', statusChangedAt: '2026-12-01T11:30:00Z' }, true],
    ['killed before its embargo passed, embargo now over', { embargoUntil: past, editorialStatus: 'killed', statusChangedAt: '2026-12-01T10:00:00Z' }, true],
    ['withheld before its embargo passed', { embargoUntil: past, editorialStatus: 'withheld', statusChangedAt: '2026-12-01T10:00:00Z' }, true],
    ['killed after its embargo passed', { embargoUntil: past, editorialStatus: 'killed', statusChangedAt: '2026-12-01T11:30:00Z' }, false],
    ['usable, embargo over', { embargoUntil: past, editorialStatus: 'usable', statusChangedAt: '2026-12-01T10:00:00Z' }, false],
    ['no embargo, killed', { embargoUntil: null, editorialStatus: 'killed', statusChangedAt: '2026-12-01T10:00:00Z' }, false],
  ])('%s → hidden %s for a caller not entitled', (_label, brief, hidden) => {
    expect(isHiddenByEmbargo(brief, now, false)).toBe(hidden);
    expect(isHiddenByEmbargo(brief, now, true)).toBe(false);
  });
});
