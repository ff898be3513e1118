import type { AttachmentRef, Client, WebsitePerson } from './profile';

/**
 * The largest file kept. The platform's own limits are 100KB–512KB; a scan a few times that is
 * kept so the check can say "compress it", while a file past this (a phone's raw photo, a PDF of
 * the whole licence) is refused before it is stored or ever sent to a page.
 */
export const LARGEST_UPLOAD_BYTES = 2 * 1024 * 1024;

/** What the platform takes (guide §步骤4.1, pages.md): the principal's scans up to 512KB, the other people's up to 100KB. */
export const SCAN_LIMITS = { principal: 512 * 1024, person: 100 * 1024 } as const;

/** The image types the platform's uploads accept. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/bmp', 'image/gif'] as const;

/** Smaller than this a document scan is hard to read (S-CERT-IMG-CLEAR); a scan is never shrunk below it. */
export const MIN_LEGIBLE = { width: 300, height: 200 } as const;

/** Every attachment a client refers to, wherever it sits in the model. */
export function attachmentsOf(client: Client): AttachmentRef[] {
  const { principal } = client.subject;
  const refs: (AttachmentRef | undefined)[] = [principal.certFront, principal.certBack, principal.certHandheld];
  for (const website of client.websites) {
    const people: (WebsitePerson | undefined)[] = [website.people.security, website.people.liaison, website.people.opinionGuide];
    refs.push(website.domainCertificate, website.topology, ...website.qualificationDocs);
    refs.push(...people.map((person) => person?.certScan));
  }
  return refs.filter((ref): ref is AttachmentRef => ref !== undefined);
}

/** The same client with each attachment reference replaced through `replace`. */
export function mapAttachments(client: Client, replace: (ref: AttachmentRef) => AttachmentRef): Client {
  const swap = (ref: AttachmentRef | undefined) => (ref ? replace(ref) : undefined);
  const swapPerson = (person: WebsitePerson): WebsitePerson => ({ ...person, certScan: swap(person.certScan) });
  const { principal } = client.subject;
  return {
    ...client,
    subject: {
      ...client.subject,
      principal: {
        ...principal,
        certFront: swap(principal.certFront),
        certBack: swap(principal.certBack),
        certHandheld: swap(principal.certHandheld),
      },
    },
    websites: client.websites.map((website) => ({
      ...website,
      domainCertificate: swap(website.domainCertificate),
      topology: swap(website.topology),
      qualificationDocs: website.qualificationDocs.map(replace),
      people: {
        security: swapPerson(website.people.security),
        liaison: swapPerson(website.people.liaison),
        opinionGuide: website.people.opinionGuide && swapPerson(website.people.opinionGuide),
      },
    })),
  };
}
