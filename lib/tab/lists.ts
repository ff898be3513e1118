import type { WebsiteList } from '../fill/lists';
import type { ListCaptureRow, ListedFiling } from '../api/tab/messages';
import { FILING_STATUSES, codeOfWording, filingStatusOf, type FilingStatus } from '../model/codes';
import type { Client, Website } from '../model/profile';
import { LIST_OF_PAGE, LIST_TABS } from '../pages/lists';

/**
 * The platform's lists of websites taken into the book: each listed website matched to the book's
 * (by domain, else by a name only one website of the book has), with the filing the list says it
 * has — the status its tab means (or its own status column), its 公安备案号 and dates.
 */
interface ListedWebsite {
  name?: string;
  domain?: string;
  filing: ListedFiling;
}

const comparable = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const RECORD_NUMBER = /\d{14}/;
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

function isoDate(text: string | undefined): string | undefined {
  const match = text ? DATE.exec(text) : null;
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined;
}

const statusOf = (text: string | undefined): FilingStatus | undefined => (text ? codeOfWording(FILING_STATUSES, text) : undefined);

/** A domain as the book keeps it: no scheme, path or leading www. */
function bareDomain(text: string): string {
  return comparable(text).replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\./, '');
}

/** The websites a page's lists show; rows of two lists that carry the same record number (a list and its 备案号代码 block) are one website. */
export function listedWebsites(lists: readonly WebsiteList[], pageId: string | undefined): ListedWebsite[] {
  const byRecord = new Map<string, ListedWebsite>();
  const listed: ListedWebsite[] = [];
  for (const list of lists) {
    const tab = LIST_TABS.find((candidate) => candidate.captions[0] === (list.tab ?? LIST_OF_PAGE[pageId ?? '']));
    for (const row of list.rows) {
      const recordNumber = RECORD_NUMBER.exec(row.recordNumber ?? '')?.[0];
      const status = statusOf(row.status) ?? tab?.status ?? (recordNumber ? 'approved' : undefined);
      const appliedOn = isoDate(row.appliedOn);
      const approvedOn = isoDate(row.approvedOn);
      const website: ListedWebsite = {
        ...(row.name ? { name: row.name } : {}),
        ...(row.domain ? { domain: bareDomain(row.domain) } : {}),
        filing: { ...(status ? { status } : {}), ...(recordNumber ? { recordNumber } : {}), ...(appliedOn ? { appliedOn } : {}), ...(approvedOn ? { approvedOn } : {}) },
      };
      const same = recordNumber ? byRecord.get(recordNumber) : undefined;
      if (same) {
        same.name ??= website.name;
        same.domain ??= website.domain;
        same.filing = { ...website.filing, ...same.filing };
        continue;
      }
      if (recordNumber) byRecord.set(recordNumber, website);
      listed.push(website);
    }
  }
  return listed;
}

function filingInBook(website: Website): ListedFiling {
  const { recordNumber, appliedOn, approvedOn } = website.filing;
  return { status: filingStatusOf(website.filing), ...(recordNumber ? { recordNumber } : {}), ...(appliedOn ? { appliedOn } : {}), ...(approvedOn ? { approvedOn } : {}) };
}

const differs = (onPage: ListedFiling, inBook: ListedFiling) => (Object.keys(onPage) as (keyof ListedFiling)[]).some((key) => onPage[key] !== inBook[key]);

/** Each listed website beside the book's website it is. */
export function listCaptureRows(listed: readonly ListedWebsite[], book: readonly Client[]): ListCaptureRow[] {
  const byDomain = new Map<string, { client: Client; website: Website }>();
  const byName = new Map<string, { client: Client; website: Website }[]>();
  for (const client of book) {
    for (const website of client.websites) {
      if (website.domain) byDomain.set(bareDomain(website.domain), { client, website });
      const named = byName.get(comparable(website.name)) ?? [];
      named.push({ client, website });
      byName.set(comparable(website.name), named);
    }
  }
  return listed.map((entry, index) => {
    const named = entry.name ? (byName.get(comparable(entry.name)) ?? []) : [];
    const found = (entry.domain ? byDomain.get(entry.domain) : undefined) ?? (!entry.domain && named.length === 1 ? named[0] : undefined);
    const key = entry.domain ?? entry.name ?? `row-${index}`;
    const base = { key, ...(entry.name ? { name: entry.name } : {}), ...(entry.domain ? { domain: entry.domain } : {}), onPage: entry.filing };
    if (!found) return { ...base, ...(!entry.domain && named.length > 1 ? { ambiguous: true } : {}), changed: false };
    const inBook = filingInBook(found.website);
    return {
      ...base,
      match: { clientId: found.client.id, clientName: found.client.displayName, websiteId: found.website.id, websiteName: found.website.name, inBook },
      changed: differs(entry.filing, inBook),
    };
  });
}

/** The clients whose websites take the filing the list shows, for the rows chosen (by key); the other rows leave the book as it is. */
export function clientsWithListedFilings(rows: readonly ListCaptureRow[], keys: ReadonlySet<string>, book: readonly Client[], now: number = Date.now()): Client[] {
  const changed = new Map<string, Client>();
  for (const row of rows) {
    if (!keys.has(row.key) || !row.match || !row.changed) continue;
    const client = changed.get(row.match.clientId) ?? structuredClone(book.find((candidate) => candidate.id === row.match!.clientId));
    const website = client?.websites.find((candidate) => candidate.id === row.match!.websiteId);
    if (!client || !website) continue;
    website.filing = { ...website.filing, ...row.onPage };
    client.updatedAt = now;
    changed.set(client.id, client);
  }
  return [...changed.values()];
}
