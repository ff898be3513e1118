import type { Client, Principal, Website, WebsitePerson } from './profile';

/** Blank values for new records: what the editor starts from. They are not valid until filled. */

export function newId(): string {
  return crypto.randomUUID();
}

export function emptyPrincipal(): Principal {
  return {
    residence: { provinceCode: '', provinceName: '', cityCode: '', cityName: '', districtCode: '', districtName: '' },
    residenceDetail: '',
    name: '',
    certType: 'resident-id',
    certNumber: '',
    certExpiry: '',
    officePhone: '',
    mobile: '',
    email: '',
    remark: '',
  };
}

export function sameAsPrincipal(): WebsitePerson {
  return { sameAsPrincipal: true, name: '', certType: '', certNumber: '', mobile: '', email: '' };
}

export function emptyWebsite(): Website {
  return {
    id: newId(),
    name: '',
    icpNumber: '',
    domain: '',
    subdomains: [],
    ips: [],
    openedOn: '',
    accessMethod: 'cloud-server',
    accessProvider: { scope: 'domestic', region: '', name: '', phone: '', code: '' },
    registrar: { scope: 'domestic', region: '', name: '' },
    interactive: false,
    serviceTypes: [],
    controlledGoods: [],
    preapprovals: [],
    qualificationDocs: [],
    languages: ['zh-hans'],
    operating: '',
    level: '',
    serviceCategory: '',
    techSupport: { name: '', phone: '' },
    serverAddress: '',
    serverCount: '',
    serverPoliceCode: '',
    people: { security: sameAsPrincipal(), liaison: sameAsPrincipal() },
    filing: { status: 'draft', returnedReason: '', recordNumber: '', appliedOn: '', approvedOn: '', byAgent: false, reviewTicks: [] },
  };
}

export function emptyClient(now: number = Date.now()): Client {
  return {
    id: newId(),
    displayName: '',
    tags: [],
    notes: '',
    subject: {
      nature: 'individual',
      unitName: '',
      unitCertType: '',
      unitCertNumber: '',
      supervisor: '',
      unitAddress: '',
      principal: emptyPrincipal(),
    },
    websites: [],
    createdAt: now,
    updatedAt: now,
  };
}
