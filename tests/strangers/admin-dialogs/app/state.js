/* 测试用状态读取：读表单模型，把代码翻译回字段表称谓（键名见 tests/strangers/FIELDS.md） */
import { DICTS } from '../dicts.ts';
import { fileNames, regionNames } from './api.js';

const std = (type, code) => {
  const row = (DICTS[type] || []).find((r) => r[0] === code);
  return row ? row[2] ?? row[1] : '';
};
const many = (type, codes) => (codes || []).map((c) => std(type, c));
const yn = (v) => (v === 'Y' ? '是' : v === 'N' ? '否' : '');
const files = (v) => (Array.isArray(v) ? v : v ? [v] : []).map((id) => fileNames[id] || id);
const text = (v) => (v === undefined || v === null ? '' : String(v));
const provider = (p) => ({ scope: std('beian_scope', p.scope), region: p.regionCode ? regionNames[p.regionCode] || p.regionName : '', name: text(p.ispName) });

export function readSubject(f) {
  const s = { nature: std('beian_subject_nature', f.nature), unitName: text(f.unitName) };
  if (f.nature !== '5') {
    s.unitCertType = std('beian_unit_cert_type', f.unitCertType);
    s.unitCertNumber = text(f.unitCertNumber);
    s.supervisor = text(f.supervisor);
  }
  Object.assign(s, {
    'principal.residence': (f.residence || []).map((c) => regionNames[c] || c),
    'principal.residenceDetail': text(f.residenceDetail),
    'principal.name': text(f.principalName),
    'principal.certType': std('sys_id_type', f.certType),
    'principal.certNumber': text(f.certNumber),
    'principal.certExpiry': f.certLongTerm === 'Y' ? '长期' : text(f.certExpiry),
    'principal.cert': [...files(f.certFront), ...files(f.certBack)],
    'principal.certHandheld': files(f.certHandheld),
    'principal.officePhone': text(f.officePhone),
    'principal.mobile': text(f.mobile),
    'principal.smsCode': text(f.smsCode),
    'principal.email': text(f.email),
    'principal.remark': text(f.remark),
  });
  return s;
}

export function readBasic(f) {
  const s = { name: text(f.name), hasIcp: yn(f.hasIcp) };
  if (f.hasIcp === 'Y') s.icpNumber = text(f.icpNumber);
  Object.assign(s, {
    hasOwnDomain: yn(f.hasOwnDomain),
    domain: text(f.domain),
    subdomains: f.subdomains.map((v) => v.trim()).filter(Boolean),
    ips: f.ips.map((v) => v.trim()).filter(Boolean),
    openedOn: text(f.openedOn),
    operating: std('beian_operating', f.operating),
    level: std('beian_site_level', f.level),
    serviceCategory: std('beian_service_category', f.serviceCategory),
    accessMethod: std('beian_access_method', f.accessMethod),
    accessProvider: provider(f.access),
    'accessProvider.phone': text(f.accessIspPhone),
    'accessProvider.code': text(f.accessIspCode),
    registrar: provider(f.registrar),
    interactive: yn(f.interactive),
    serviceTypes: many('beian_service_type', f.serviceTypes),
    hasControlled: yn(f.hasControlled),
  });
  if (f.hasControlled === 'Y') s.controlledGoods = many('beian_controlled_goods', f.controlledGoods);
  s.hasPreapproval = yn(f.hasPreapproval);
  if (f.hasPreapproval === 'Y') s.preapprovals = many('beian_preapproval', f.preapprovals);
  if (needsQualification(f)) s.qualificationDocs = files(f.qualificationDocs);
  Object.assign(s, {
    languages: many('beian_language', f.languages),
    'techSupport.name': text(f.techName),
    'techSupport.phone': text(f.techPhone),
    serverAddress: text(f.serverAddress),
    serverCount: f.serverCount === null || f.serverCount === undefined ? '' : String(f.serverCount),
    serverPoliceCode: text(f.serverPoliceCode),
    topology: files(f.topology),
    domainCertificate: files(f.domainCertificate),
  });
  return s;
}

export function needsQualification(f) {
  return (f.hasControlled === 'Y' && f.controlledGoods.length > 0) || (f.hasPreapproval === 'Y' && f.preapprovals.length > 0);
}

const ROLES = { security: 'security', liaison: 'liaison', guide: 'opinionGuide' };

export function readPeople(people) {
  const s = {};
  for (const [own, role] of Object.entries(ROLES)) {
    const p = people[own];
    Object.assign(s, {
      [role + '.sameAsPrincipal']: p.same === '1',
      [role + '.name']: text(p.name),
      [role + '.certType']: std('sys_id_type', p.certType),
      [role + '.certNumber']: text(p.certNumber),
      [role + '.cert']: files(p.cert),
      [role + '.mobile']: text(p.mobile),
      [role + '.email']: text(p.email),
    });
  }
  return s;
}
