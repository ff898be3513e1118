import ipaddr from 'ipaddr.js';

/**
 * An IP row: one address, or a range `start-end` (also `~`), IPv4 in strict dotted-quad form or
 * IPv6. A public site is not served from private, loopback or reserved space.
 */
export type IpProblem = 'format' | 'mixed-range' | 'reversed-range' | 'not-public';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

function parseAddress(text: string): Address | undefined {
  const value = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value);
  if (value.includes(':') && ipaddr.IPv6.isValid(value)) return ipaddr.IPv6.parse(value);
  return undefined;
}

function compare(a: Address, b: Address): number {
  const left = a.toByteArray();
  const right = b.toByteArray();
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return left[i]! - right[i]!;
  return 0;
}

const PUBLIC_RANGES = new Set(['unicast', 'global']);

function isPublic(address: Address): boolean {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return isPublic((address as ipaddr.IPv6).toIPv4Address());
  }
  return PUBLIC_RANGES.has(address.range());
}

/** Two IPv6 addresses and a dash are under 90 characters: anything longer is no IP row. */
const LONGEST_ROW = 100;

export function checkIpEntry(raw: string): IpProblem | undefined {
  if (raw.length > LONGEST_ROW) return 'format';
  const parts = raw.split(/[-~]/);
  if (parts.length > 2) return 'format';
  const addresses = parts.map(parseAddress);
  if (addresses.some((address) => address === undefined)) return 'format';
  const [start, end] = addresses as Address[];
  if (end) {
    if (start!.kind() !== end.kind()) return 'mixed-range';
    if (compare(start!, end) > 0) return 'reversed-range';
  }
  return (addresses as Address[]).every(isPublic) ? undefined : 'not-public';
}
