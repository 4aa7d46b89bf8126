import { isTypedSlug, valueTaken, VALUE_TAKEN } from '../../server/src/domain/unique-values';

describe('unique values', () => {
  test('a slug counts as typed when it still slugifies to something', () => {
    expect(isTypedSlug('Alep 15 morts')).toBe(true);
    expect(isTypedSlug('')).toBe(false);
    expect(isTypedSlug('  !!  ')).toBe(false);
    expect(isTypedSlug(null)).toBe(false);
    expect(isTypedSlug(undefined)).toBe(false);
  });

  test('one message and code per taken value, naming the field first', () => {
    expect(valueTaken('slug', 'alep', { type: 'brief', locale: 'fr' })).toEqual({
      path: ['slug'],
      message: 'slug "alep" is already used by another brief in locale fr',
      code: VALUE_TAKEN,
      params: { value: 'alep', locale: 'fr' },
    });
    expect(valueTaken('externalId', 'AFP-1', { type: 'brief' })).toEqual({
      path: ['externalId'],
      message: 'externalId "AFP-1" is already used by another brief',
      code: 'field.taken',
      params: { value: 'AFP-1' },
    });
    expect(valueTaken('slug', 'syria', { type: 'tag' }).message).toBe('slug "syria" is already used by another tag');
  });
});
