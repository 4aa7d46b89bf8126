import { isAbsoluteHttpUrl, joinToBaseUrl, resolveRootRelative, trimTrailingSlashes } from '../../server/src/domain/urls';

describe('domain/urls', () => {
  it.each([
    ['https://news.example.org', 'https://news.example.org'],
    ['https://news.example.org///', 'https://news.example.org'],
    ['', ''],
  ])('trimTrailingSlashes(%p) = %p', (url, expected) => {
    expect(trimTrailingSlashes(url)).toBe(expected);
  });

  it.each([
    ['https://x.org', '/uploads/a.jpg', 'https://x.org/uploads/a.jpg'],
    ['https://x.org/', '/uploads/a.jpg', 'https://x.org/uploads/a.jpg'],
    ['https://x.org', 'uploads/a.jpg', 'https://x.org/uploads/a.jpg'],
  ])('joinToBaseUrl(%p, %p) = %p', (base, path, expected) => {
    expect(joinToBaseUrl(base, path)).toBe(expected);
  });

  it.each([
    ['/uploads/a.jpg', 'https://x.org/', 'https://x.org/uploads/a.jpg'],
    ['//cdn.x.org/a.jpg', 'https://x.org', '//cdn.x.org/a.jpg'],
    ['uploads/a.jpg', 'https://x.org', 'uploads/a.jpg'],
    ['https://y.org/a', 'https://x.org', 'https://y.org/a'],
    ['/uploads/a.jpg', undefined, '/uploads/a.jpg'],
    ['/uploads/a.jpg', '', '/uploads/a.jpg'],
  ])('resolveRootRelative(%p, %p) = %p', (url, base, expected) => {
    expect(resolveRootRelative(url, base)).toBe(expected);
  });

  it.each([
    ['https://a.org/x', true],
    ['HTTP://a.org', true],
    ['https://a.org/a b', true],
    ['https://', false],
    ['//a.org', false],
    ['mailto:a@b.c', false],
    ['ftp://a.org', false],
    ['not a url', false],
  ])('isAbsoluteHttpUrl(%p) = %p', (value, expected) => {
    expect(isAbsoluteHttpUrl(value)).toBe(expected);
  });
});
