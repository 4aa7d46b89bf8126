import { validateBriefFields } from '../../server/src/domain/brief/validate-brief';
import { validateTagFields } from '../../server/src/domain/brief/validate-tag';

describe('validateBriefFields', () => {
  test.each<[string, Record<string, unknown>, 'create' | 'update', string[]]>([
    ['a minimal brief', { headline: 'Quake' }, 'create', []],
    ['missing headline on create', {}, 'create', ['headline']],
    ['missing headline on a partial update', { urgency: 3 }, 'update', []],
    ['blank headline', { headline: '  ' }, 'update', ['headline']],
    ['201 characters', { headline: 'x'.repeat(201) }, 'create', ['headline']],
    ['200 characters', { headline: 'x'.repeat(200) }, 'create', []],
    ['headline not text', { headline: 42 }, 'create', ['headline']],
    ['urgency 0', { headline: 'h', urgency: 0 }, 'create', ['urgency']],
    ['urgency 10', { headline: 'h', urgency: 10 }, 'create', ['urgency']],
    ['urgency "high"', { headline: 'h', urgency: 'high' }, 'create', ['urgency']],
    ['urgency "3"', { headline: 'h', urgency: '3' }, 'create', ['urgency']],
    ['urgency 1 and 9', { headline: 'h', urgency: 9 }, 'create', []],
    ['unknown status', { headline: 'h', editorialStatus: 'published' }, 'create', ['editorialStatus']],
    ['slugline of 65', { headline: 'h', slugline: 'S'.repeat(65) }, 'create', ['slugline']],
    ['bad embargo', { headline: 'h', embargoUntil: 'tomorrow' }, 'create', ['embargoUntil']],
    ['embargo cleared', { headline: 'h', embargoUntil: null }, 'create', []],
    ['javascript link', { headline: 'h', relatedLinks: [{ title: 't', url: 'javascript:alert(1)' }] }, 'create', ['relatedLinks']],
    ['relative link', { headline: 'h', relatedLinks: [{ title: 't', url: '/x' }] }, 'create', ['relatedLinks']],
    ['protocol-relative link', { headline: 'h', relatedLinks: [{ title: 't', url: '//evil.example' }] }, 'create', ['relatedLinks']],
    ['data link', { headline: 'h', relatedLinks: [{ title: 't', url: 'data:text/html,x' }] }, 'create', ['relatedLinks']],
    ['extra link key', { headline: 'h', relatedLinks: [{ title: 't', url: 'https://a.example', target: '_blank' }] }, 'create', ['relatedLinks']],
    ['good links', { headline: 'h', relatedLinks: [{ title: 't', url: 'https://a.example/x?y=1' }, { title: 'u', url: 'http://b.example' }] }, 'create', []],
  ])('%s', (_label, data, mode, fields) => {
    expect(validateBriefFields(data, mode).map((error) => error.path[0])).toEqual(fields);
  });

  test('every message names its field', () => {
    const errors = validateBriefFields({ headline: '', urgency: 0, relatedLinks: [{ title: '', url: 'ftp://x' }] }, 'create');
    for (const error of errors) expect(error.message).toContain(String(error.path[0]));
    expect(errors.map((error) => error.path)).toEqual([['headline'], ['urgency'], ['relatedLinks', 0, 'title'], ['relatedLinks', 0, 'url']]);
  });
});

describe('validateTagFields', () => {
  test.each<[Record<string, unknown>, 'create' | 'update', string[]]>([
    [{ name: 'Syria', kind: 'place' }, 'create', []],
    [{ kind: 'place' }, 'create', ['name']],
    [{ name: 'Syria', kind: 'country' }, 'create', ['kind']],
    [{ kind: 'event' }, 'update', []],
    [{ name: 'x'.repeat(101) }, 'create', ['name']],
  ])('%j (%s) → %j', (data, mode, fields) => {
    expect(validateTagFields(data, mode).map((error) => error.path[0])).toEqual(fields);
  });
});
