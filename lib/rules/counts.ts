import type { Finding } from './types';

/** How many findings of each severity: on its own, so a page that only counts (the popup) loads none of the rules. */
export interface FindingCounts {
  error: number;
  warn: number;
  info: number;
}

export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
