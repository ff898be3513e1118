import type { PageReading } from '../fill/content-protocol';
import type { FillValue } from '../fill/values';
import { emptyClient, emptyWebsite } from '../model/factory';
import type { Client, Website } from '../model/profile';
import { decodeFields, encodeClient, writeField, type AttachmentLoader } from './codec';

/**
 * Capturing a page into a profile: what the page holds (typed by hand before the helper, or the
 * values filed, on 网站信息变更) compared field by field with a client of the book, and written
 * into it for the fields the person approves. Files stay in the page: scans are not captured.
 */
export interface CaptureRow {
  field: string;
  caption: string;
  onPage: string;
  inBook: string;
  same: boolean;
}

/** A value as a person reads it, whichever side it comes from. */
export function shownText(value: FillValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'choice':
      return value.options[0] ?? '';
    case 'multi-choice':
      return value.options.map((wordings) => wordings[0] ?? '').join('、');
    case 'rows':
      return value.rows.join('、');
    case 'region':
      return value.names.filter(Boolean).join(' / ');
    case 'provider':
      return [value.scope, value.region, value.name].filter(Boolean).join(' ');
    case 'flag':
      return value.on ? '是' : '否';
    case 'files':
      return value.files.map((file) => file.name).join('、');
  }
}

/** The book's side is compared, never uploaded: its scans are not loaded. */
const NO_BYTES: AttachmentLoader = async (ref) => ({ name: ref.name, type: ref.type, base64: '' });

/** Each field the page shows, beside what the client (and website) holds, and whether they say the same. */
export async function captureRows(reading: PageReading, client: Client | undefined, website: Website | undefined): Promise<CaptureRow[]> {
  const inBook = client ? await encodeClient(client, website, NO_BYTES, reading.pageId) : {};
  const bookModel = new Map(decodeFields(reading.pageId, inBook).map((field) => [field.field, JSON.stringify(field.value)]));
  return decodeFields(reading.pageId, reading.values).map((field) => {
    const onPage = shownText(reading.values[field.field]);
    const book = shownText(inBook[field.field]);
    // An empty field on the page and none in the book (the book leaves empty values out of a fill) say the same.
    const same = bookModel.get(field.field) === JSON.stringify(field.value) || (onPage.trim() === '' && book === '');
    return { field: field.field, caption: reading.captions[field.field] ?? field.field, onPage, inBook: book, same };
  });
}

/** Whether a page shows fields of a website (then a capture goes into one of the client's websites, or a new one). */
export function showsWebsite(reading: PageReading): boolean {
  return decodeFields(reading.pageId, reading.values).some((field) => field.root === 'website');
}

/**
 * The client with the approved fields of the page written in: into `websiteId`'s website, or a new
 * one when the page shows a website and none is named; into a new client when there is none.
 * Returns a copy; nothing is stored here.
 */
export function captureInto(reading: PageReading, target: Client | undefined, websiteId: string | undefined, approved: ReadonlySet<string>): Client {
  const client = target ? structuredClone(target) : emptyClient();
  const fields = decodeFields(reading.pageId, reading.values).filter((field) => approved.has(field.field));
  let website = client.websites.find((candidate) => candidate.id === websiteId);
  if (!website && fields.some((field) => field.root === 'website')) {
    website = emptyWebsite();
    client.websites.push(website);
  }
  for (const field of fields) writeField((field.root === 'website' ? website : client.subject) as unknown as Record<string, unknown>, field);
  if (!client.displayName.trim()) client.displayName = client.subject.unitName.trim() || client.subject.principal.name.trim() || website?.name.trim() || '';
  return client;
}

/** The client's website a page is about: the one with the domain the page shows. */
export function websiteOnPage(reading: PageReading, client: Client): Website | undefined {
  const domain = decodeFields(reading.pageId, reading.values).find((field) => field.root === 'website' && field.path.join('.') === 'domain')?.value;
  return typeof domain === 'string' && domain.trim() ? client.websites.find((website) => website.domain.toLowerCase() === domain.trim().toLowerCase()) : undefined;
}
