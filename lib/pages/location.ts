/** Where a page lives on its host, for a page a person has named: the path and the #/ route, without their queries. */
export function locationKey(location: Pick<Location, 'pathname' | 'hash'>): string {
  return `${location.pathname}${location.hash.split('?')[0] ?? ''}`;
}
