import { createContext, useContext } from 'react';
import type { Finding } from '@/lib/rules';

/** The findings of the client being edited, by model path. */
export const FindingsContext = createContext<ReadonlyMap<string, Finding[]>>(new Map());

export function indexFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), finding]);
  return byPath;
}

/** Findings about a field: its own path, and the rows under it (`websites.0.ips.1` for `websites.0.ips`). */
export function useFieldFindings(name: string): Finding[] {
  const byPath = useContext(FindingsContext);
  const own = byPath.get(name) ?? [];
  const rows = [...byPath].filter(([path]) => path.startsWith(`${name}.`) && /^\d+$/.test(path.slice(name.length + 1)));
  return rows.length ? [...own, ...rows.flatMap(([, findings]) => findings)] : own;
}
