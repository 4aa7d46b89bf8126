import ipaddr from 'ipaddr.js';

/**
 * Which addresses a webhook may reach: public unicast only, unless the plugin's allow-list admits it.
 * Pure: the caller resolves names and passes the addresses; nothing here does I/O.
 */

export type AllowListEntry = { kind: 'range'; range: [ipaddr.IPv4 | ipaddr.IPv6, number] } | { kind: 'host'; name: string };

export interface AllowList {
  readonly entries: readonly AllowListEntry[];
}

export const EMPTY_ALLOW_LIST: AllowList = { entries: [] };

// IPv6 global unicast is allocated from 2000::/3 only; anything else (IPv4-compatible ::a.b.c.d included) is not public.
const IPV6_GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Lower case, without the trailing dots that DNS ignores (`localhost.` is `localhost`). */
export const normalizeHostName = (host: string): string => host.toLowerCase().replace(/\.+$/, '');

/** Names that are loopback by definition (RFC 6761), refused without asking DNS. */
const isLoopbackName = (name: string): boolean => name === 'localhost' || name.endsWith('.localhost');

/** Parses an IP written in its canonical textual forms only (dotted quad, or IPv6 without brackets). */
const parseStrictAddress = (text: string): ipaddr.IPv4 | ipaddr.IPv6 | null => {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) return ipaddr.IPv6.parse(text);
  return null;
};

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is the IPv4 address it carries. */
const unwrap = (address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 =>
  address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;

/** One allow-list entry: an IP, a CIDR range (`127.0.0.0/8`, `::1/128`) or a host name (`localhost`); null if none of these. */
export const parseAllowListEntry = (entry: string): AllowListEntry | null => {
  const text = entry.trim();
  if (text.includes('/')) {
    const [address, bits] = text.split('/');
    const parsed = parseStrictAddress(address);
    if (!parsed || !/^\d{1,3}$/.test(bits ?? '') || Number(bits) > (parsed.kind() === 'ipv4' ? 32 : 128)) return null;
    const prefix = Number(bits);
    // `::ffff:127.0.0.0/104` is the IPv4 range 127.0.0.0/8, the form addresses are compared in.
    const mapped = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96;
    return { kind: 'range', range: mapped ? [unwrap(parsed), prefix - 96] : [parsed, prefix] };
  }
  const address = parseStrictAddress(text);
  if (address) {
    const plain = unwrap(address);
    return { kind: 'range', range: [plain, plain.kind() === 'ipv4' ? 32 : 128] };
  }
  const name = normalizeHostName(text);
  // A numeric last label makes a URL host an IPv4 address (`127.1`), never a name.
  return HOST_NAME.test(name) && !/^(0x[0-9a-f]*|\d+)$/.test(name.split('.').pop() ?? '') ? { kind: 'host', name } : null;
};

export const compileAllowList = (entries: readonly string[] = []): AllowList => ({
  entries: entries.map((entry) => {
    const parsed = parseAllowListEntry(entry);
    if (!parsed) throw new Error(`not an IP, CIDR range or host name: ${entry}`);
    return parsed;
  }),
});

/**
 * The ipaddr.js range of an address (`unicast`, `loopback`, `private`, …) after unwrapping IPv4-mapped IPv6,
 * with IPv6 outside 2000::/3 reported as `reserved`; null when `text` is not an IP address.
 */
export const addressRange = (text: string): string | null => {
  const parsed = parseStrictAddress(text);
  if (!parsed) return null;
  const address = unwrap(parsed);
  const range = address.range();
  if (range === 'unicast' && address.kind() === 'ipv6' && !(address as ipaddr.IPv6).match(IPV6_GLOBAL_UNICAST)) return 'reserved';
  return range;
};

/** Public unicast (the only range a webhook may reach by default). */
export const isPublicAddress = (text: string): boolean => addressRange(text) === 'unicast';

const inAllowedRange = (text: string, allowList: AllowList): boolean => {
  const parsed = parseStrictAddress(text);
  if (!parsed) return false;
  const address = unwrap(parsed);
  return allowList.entries.some((entry) => entry.kind === 'range' && entry.range[0].kind() === address.kind() && address.match(entry.range));
};

/** A connected-to address is acceptable: public, or inside an allow-listed range. */
export const isAddressAllowed = (text: string, allowList: AllowList): boolean => isPublicAddress(text) || inAllowedRange(text, allowList);

export const isHostNameAllowListed = (host: string, allowList: AllowList): boolean => {
  const name = normalizeHostName(host);
  return allowList.entries.some((entry) => entry.kind === 'host' && entry.name === name);
};

/**
 * What to do with a URL's host (WHATWG `URL.hostname`: IPv4 already normalised to dotted form, IPv6 in brackets):
 * - `allowed`: an allowed IP literal, or an allow-listed name (whatever it resolves to);
 * - `resolve`: a name whose every address must pass `isAddressAllowed`;
 * - `refused`: a non-public IP literal or a loopback name.
 */
export type HostVerdict = { kind: 'allowed'; address?: string } | { kind: 'resolve'; name: string } | { kind: 'refused' };

export const classifyHost = (hostname: string, allowList: AllowList): HostVerdict => {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (parseStrictAddress(bare)) return isAddressAllowed(bare, allowList) ? { kind: 'allowed', address: bare } : { kind: 'refused' };
  const name = normalizeHostName(bare);
  if (!name) return { kind: 'refused' };
  if (isHostNameAllowListed(name, allowList)) return { kind: 'allowed' };
  if (isLoopbackName(name)) return { kind: 'refused' };
  return { kind: 'resolve', name };
};

/** The host verdict of an http(s) URL; `invalid` when it is not one. Userinfo is ignored: only the host counts. */
export const classifyUrl = (url: string, allowList: AllowList): HostVerdict | { kind: 'invalid' } => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'invalid' };
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return { kind: 'invalid' };
  return classifyHost(parsed.hostname, allowList);
};
