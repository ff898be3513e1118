import { parse } from 'tldts';

/**
 * An address the approval notice can reach: one @, a sensible local part, and a host whose top
 * level is a real public suffix (QQ, 163, corporate and IDN domains alike).
 */
export type EmailProblem = 'format' | 'domain';

/** RFC 5321's longest forward path: a longer value is no address. */
export const LONGEST_EMAIL = 254;

export function checkEmail(raw: string): EmailProblem | undefined {
  const value = raw.trim();
  if (value.length > LONGEST_EMAIL) return 'format';
  const match = /^([A-Za-z0-9._%+-]+)@([^\s@]+)$/.exec(value);
  if (!match) return 'format';
  const [, local, host] = match as unknown as [string, string, string];
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'format';
  const parsed = parse(host);
  return parsed.domain && parsed.isIcann && parsed.hostname === host.toLowerCase() ? undefined : 'domain';
}
