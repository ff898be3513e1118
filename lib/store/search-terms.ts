import type { Client } from '../model/profile';

/**
 * What a client can be found by: its names, domains, certificate numbers and phones, lower-cased.
 * An agency looks a client up by whatever the caller on the phone gives.
 */
export function searchTermsOf(client: Client): string[] {
  const { subject } = client;
  const { principal } = subject;
  const terms = [
    client.displayName,
    ...client.tags,
    subject.unitName,
    subject.unitCertNumber,
    principal.name,
    principal.certNumber,
    principal.mobile,
    principal.officePhone,
    principal.email,
  ];
  for (const website of client.websites) {
    terms.push(website.name, website.domain, ...website.subdomains, website.icpNumber, website.filing.recordNumber);
    for (const person of [website.people.security, website.people.liaison, website.people.opinionGuide]) {
      if (person && !person.sameAsPrincipal) terms.push(person.name, person.certNumber, person.mobile);
    }
  }
  return [...new Set(terms.map((term) => term.trim().toLowerCase()).filter(Boolean))];
}
