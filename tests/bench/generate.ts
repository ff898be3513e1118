import type { AttachmentRef, Client } from '../../lib/model/profile';
import { sampleClients } from '../../lib/model/sample';
import { creditCodeCheckChar } from '../../lib/rules/validators/credit-code';
import { organizationCodeCheckChar } from '../../lib/rules/validators/organization-code';
import { residentIdCheckChar } from '../../lib/rules/validators/resident-id';

/** A seeded generator of realistic, format-valid clients, for the benchmark's profile book. */
function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '晓峰', '雨桐'];

const image = (id: string): AttachmentRef => ({ id, name: `${id}.png`, type: 'image/png', size: 24_000, width: 428, height: 270 });
const IMAGES = {
  principalFront: image('front'),
  principalBack: image('back'),
  liaisonScan: image('liaison'),
  securityScan: image('security'),
  bloggerFront: image('blogger-front'),
  bloggerBack: image('blogger-back'),
  topology: image('topology'),
};

export function generateClients(count: number, seed = 20261128): Client[] {
  const random = mulberry32(seed);
  const pick = <T,>(items: readonly T[] | string): T => items[Math.floor(random() * items.length)] as T;
  const digits = (length: number) => Array.from({ length }, () => Math.floor(random() * 10)).join('');
  const templates = sampleClients(IMAGES);
  return Array.from({ length: count }, (_, index) => {
    const client = structuredClone(templates[index % templates.length]!);
    client.id = `generated-${index}`;
    const name = pick<string>(SURNAMES) + pick(GIVEN);
    const birth = `19${70 + Math.floor(random() * 30)}0${1 + Math.floor(random() * 9)}1${Math.floor(random() * 9)}`;
    const id17 = `${client.subject.principal.residence.districtCode}${birth}${digits(3)}`;
    client.displayName = `${name}的客户 ${index}`;
    client.subject.principal.name = name;
    client.subject.principal.certNumber = id17 + residentIdCheckChar(id17);
    client.subject.principal.mobile = `13${digits(9)}`;
    client.subject.principal.email = `user${index}@example${index % 97}.cn`;
    if (client.subject.nature === 'individual') {
      client.subject.unitName = name;
    } else {
      const org = `MA${digits(6)}`;
      const code17 = `91330106${org}${organizationCodeCheckChar(org)}`;
      client.subject.unitCertNumber = code17 + creditCodeCheckChar(code17);
      client.subject.supervisor = name;
    }
    for (const [siteIndex, website] of client.websites.entries()) {
      website.id = `${client.id}-${siteIndex}`;
      website.domain = `site${index}x${siteIndex}.cn`;
      website.subdomains = [`www.${website.domain}`];
      for (const [role, person] of [['security', website.people.security], ['liaison', website.people.liaison]] as const) {
        if (person.sameAsPrincipal) continue;
        const personId17 = `330106${birth}${digits(3)}`;
        person.name = pick<string>(SURNAMES) + pick(GIVEN);
        person.certNumber = personId17 + residentIdCheckChar(personId17);
        person.mobile = `15${digits(9)}`;
        person.email = `${role}${index}.${siteIndex}@example${index % 97}.cn`;
      }
    }
    return client;
  });
}
