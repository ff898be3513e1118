import { parse } from 'tldts';

/**
 * 主域名 and 子域名 as the platform wants them: a bare registrable domain (baidu.com, 例子.中国), and
 * hosts under it (www.baidu.com). No scheme, port, path or `www.` on the main domain.
 */
export type DomainProblem = 'scheme-or-path' | 'www' | 'not-registrable' | 'subdomain-of' | 'invalid';

/** A DNS name is at most 253 characters: a longer one is no domain, whatever else it is. */
const LONGEST_NAME = 253;

/**
 * A host name's label: letters (any script, for IDNs), digits and inner hyphens, at most 63
 * characters. tldts accepts `exa_mple.com`, which no registrar sells and no browser resolves as a host.
 */
const HOST_LABEL = /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u;

function hasHostLabels(value: string): boolean {
  return value.split('.').every((label) => HOST_LABEL.test(label));
}

function hasExtras(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /[/:?#\s]/.test(value);
}

export function checkMainDomain(raw: string): DomainProblem | undefined {
  if (raw.trim().length > LONGEST_NAME) return 'invalid';
  const value = raw.trim().toLowerCase();
  if (hasExtras(value)) return 'scheme-or-path';
  if (value.startsWith('www.')) return 'www';
  const parsed = parse(value);
  if (parsed.isIp || !parsed.isIcann || parsed.hostname !== value || !hasHostLabels(value)) return 'invalid';
  if (!parsed.domain) return 'not-registrable';
  return parsed.domain === value ? undefined : 'subdomain-of';
}

export type SubdomainProblem = 'scheme-or-path' | 'invalid' | 'outside' | 'same-as-main' | 'duplicate';

export function checkSubdomains(subdomains: readonly string[], mainDomain: string): (SubdomainProblem | undefined)[] {
  const main = mainDomain.trim().toLowerCase();
  const seen = new Set<string>();
  return subdomains.map((raw) => {
    if (raw.trim().length > LONGEST_NAME) return 'invalid';
    const value = raw.trim().toLowerCase();
    if (hasExtras(value)) return 'scheme-or-path';
    const parsed = parse(value);
    if (parsed.isIp || !parsed.domain || parsed.hostname !== value || !hasHostLabels(value)) return 'invalid';
    if (seen.has(value)) return 'duplicate';
    seen.add(value);
    if (value === main) return 'same-as-main';
    return main && !value.endsWith(`.${main}`) ? 'outside' : undefined;
  });
}
