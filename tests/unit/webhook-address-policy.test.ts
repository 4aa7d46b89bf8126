import {
  addressRange,
  classifyUrl,
  compileAllowList,
  EMPTY_ALLOW_LIST,
  isAddressAllowed,
  parseAllowListEntry,
} from '../../server/src/domain/webhooks/address-policy';
import { parseInput } from '../../server/src/domain/validation';
import { webhookOptionsSchema } from '../../server/src/domain/webhooks/options';

describe('webhook URLs refused without asking DNS (every spelling of an internal address)', () => {
  test.each([
    ['http://127.0.0.1:8080/hook', 'loopback'],
    ['http://2130706433/', 'loopback, decimal'],
    ['http://127.1/', 'loopback, short form'],
    ['http://0x7f.0.0.1/', 'loopback, hex octet'],
    ['http://0x7f000001/', 'loopback, hex'],
    ['http://017700000001/', 'loopback, octal'],
    ['http://127.0.0.1./', 'loopback, trailing dot'],
    ['http://%31%32%37.0.0.1/', 'loopback, percent-encoded'],
    ['http://public.example@127.0.0.1/', 'userinfo trick'],
    ['http://public.example:secret@127.0.0.1/', 'userinfo trick with password'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified, short form'],
    ['http://10.0.0.5/', 'private 10/8'],
    ['http://172.16.0.1/', 'private 172.16/12'],
    ['http://172.31.255.254/', 'private 172.16/12, last'],
    ['http://192.168.1.1/', 'private 192.168/16'],
    ['http://100.64.0.1/', 'CGNAT 100.64/10'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local metadata'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://255.255.255.255/', 'broadcast'],
    ['http://240.0.0.1/', 'reserved'],
    ['http://192.0.2.10/', 'documentation (reserved)'],
    ['http://[::1]/', 'IPv6 loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', 'IPv6 loopback, long form'],
    ['http://[::]/', 'IPv6 unspecified'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback'],
    ['http://[::ffff:7f00:1]/', 'IPv4-mapped loopback, hex'],
    ['http://[::ffff:10.0.0.1]/', 'IPv4-mapped private'],
    ['http://[::ffff:169.254.169.254]/', 'IPv4-mapped metadata'],
    ['http://[::127.0.0.1]/', 'IPv4-compatible loopback'],
    ['http://[::ffff:0:127.0.0.1]/', 'IPv4-translated (RFC 6145)'],
    ['http://[fe80::1]/', 'IPv6 link-local'],
    ['http://[fc00::1]/', 'unique-local fc00::/7'],
    ['http://[fd12:3456::1]/', 'unique-local fd'],
    ['http://[ff02::1]/', 'IPv6 multicast'],
    ['http://[64:ff9b::7f00:1]/', 'NAT64 of loopback'],
    ['http://[64:ff9b::a00:1]/', 'NAT64 of private'],
    ['http://[2002:7f00:1::]/', '6to4 of loopback'],
    ['http://[2002:c0a8:101::1]/', '6to4 of private'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', 'Teredo of 127.0.0.1 (inverted)'],
    ['http://[2001:db8::1]/', 'IPv6 documentation'],
    ['http://[100::1]/', 'IPv6 discard'],
    ['http://localhost/', 'localhost'],
    ['http://LOCALHOST:80/', 'localhost, upper case'],
    ['http://localhost./', 'localhost, trailing dot'],
    ['http://localhost../', 'localhost, two trailing dots'],
    ['http://api.localhost/', '*.localhost'],
    ['http://evil.example.localhost./', '*.localhost, trailing dot'],
  ])('%s (%s)', (url) => {
    expect(classifyUrl(url, EMPTY_ALLOW_LIST)).toEqual({ kind: 'refused' });
  });
});

describe('public addresses and names', () => {
  test.each(['http://93.184.216.34/hook', 'https://8.8.8.8/', 'http://[2606:4700::1111]/', 'http://[2a00:1450:4007:80e::200e]:8443/x', 'http://[::ffff:93.184.216.34]/'])(
    '%s is allowed as a literal',
    (url) => {
      expect(classifyUrl(url, EMPTY_ALLOW_LIST)).toMatchObject({ kind: 'allowed' });
    },
  );
  test.each([
    ['https://partner.example.com/hooks', 'partner.example.com'],
    ['https://Partner.Example.COM./hooks', 'partner.example.com'],
    ['http://public.example@partner.example/', 'partner.example'],
  ])('%s is a name to resolve (%s)', (url, name) => {
    expect(classifyUrl(url, EMPTY_ALLOW_LIST)).toEqual({ kind: 'resolve', name });
  });
  test.each(['ftp://93.184.216.34/', 'file:///etc/passwd', 'not a url', 'gopher://127.0.0.1/'])('%s is not an http(s) URL', (url) => {
    expect(classifyUrl(url, EMPTY_ALLOW_LIST)).toEqual({ kind: 'invalid' });
  });
});

describe('resolved addresses (checked at connection)', () => {
  test.each<[string, string]>([
    ['93.184.216.34', 'unicast'],
    ['2606:4700::1111', 'unicast'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:192.168.0.1', 'private'],
    ['10.1.2.3', 'private'],
    ['100.100.100.100', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::abcd', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::7f00:1', 'reserved'],
    ['4000::1', 'reserved'],
  ])('%s is %s', (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isAddressAllowed(address, EMPTY_ALLOW_LIST)).toBe(range === 'unicast');
  });
  test.each(['127.1', '0x7f000001', 'localhost', '', '[::1]'])('%j is not an address in canonical form', (text) => {
    expect(addressRange(text)).toBeNull();
    expect(isAddressAllowed(text, EMPTY_ALLOW_LIST)).toBe(false);
  });
});

describe('allow-list', () => {
  const allowList = compileAllowList(['127.0.0.0/8', '::1', 'receiver.test', '10.9.8.7']);
  test.each<[string, 'allowed' | 'refused' | 'resolve']>([
    ['http://127.0.0.1:4000/hook', 'allowed'],
    ['http://2130706433/', 'allowed'],
    ['http://[::ffff:127.0.0.1]/', 'allowed'],
    ['http://[::1]/', 'allowed'],
    ['http://10.9.8.7/', 'allowed'],
    ['http://10.9.8.6/', 'refused'],
    ['http://169.254.169.254/', 'refused'],
    ['http://receiver.test/', 'allowed'],
    ['http://RECEIVER.test./', 'allowed'],
    ['http://sub.receiver.test/', 'resolve'],
    ['http://localhost/', 'refused'],
  ])('%s → %s', (url, kind) => {
    expect(classifyUrl(url, allowList).kind).toBe(kind);
  });
  test('addresses inside an allowed range pass the connection check; others do not', () => {
    expect(isAddressAllowed('127.8.9.10', allowList)).toBe(true);
    expect(isAddressAllowed('::ffff:127.0.0.2', allowList)).toBe(true);
    expect(isAddressAllowed('::2', allowList)).toBe(false);
    expect(isAddressAllowed('192.168.0.1', allowList)).toBe(false);
  });
  test('an IPv4-mapped CIDR is the IPv4 range it carries', () => {
    expect(isAddressAllowed('192.168.4.4', compileAllowList(['::ffff:192.168.0.0/112']))).toBe(true);
  });
  test.each(['127.0.0.0/33', '127.1', '10.0.0.0/', 'not a host!', 'http://localhost', '::1/129', ''])('%j is not an entry', (entry) => {
    expect(parseAllowListEntry(entry)).toBeNull();
  });
  test('the config schema checks entries and the other webhook options', () => {
    expect(parseInput(webhookOptionsSchema, { allowList: ['127.0.0.0/8', '::1', 'localhost'], pollIntervalMs: 5000 }).ok).toBe(true);
    const bad = parseInput(webhookOptionsSchema, { allowList: ['127.0.0.0/40'], timeoutMs: 0, typo: 1 }, ['webhooks']);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((error) => error.path.join('.')).sort()).toEqual(['webhooks.allowList.0', 'webhooks.timeoutMs', 'webhooks.typo']);
  });
});
