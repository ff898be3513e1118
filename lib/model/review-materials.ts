import { isUnitNature, type SubjectNature } from './codes';

/**
 * 面审 (the security review of an interactive site): the police's receiving checklist
 * (互联网信息服务安全检查接收材料清单, pages.md), as data — each item, whether the original or a copy
 * is handed in, and when it applies to a client's website. Two sets are brought.
 */
export interface ReviewSituation {
  nature: SubjectNature;
  unitCertType: string;
  /** An agent (a filing service, the hosting provider) files for the subject. */
  byAgent: boolean;
  interactive: boolean;
  /** 前置审批 items the site's content needs (news, medicine, publishing …). */
  preapprovals: readonly string[];
}

export interface ReviewMaterial {
  /** Stable: the ticks kept per website name items by it. */
  id: string;
  zh: string;
  en: string;
  form: 'original' | 'copy';
  appliesTo: (situation: ReviewSituation) => boolean;
}

const always = () => true;
const unit = (situation: ReviewSituation) => isUnitNature(situation.nature);

/** The copies the police keep: every item comes in two. */
export const REVIEW_SETS = 2;

export const REVIEW_MATERIALS: readonly ReviewMaterial[] = [
  { id: 'application', zh: '互联网信息服务安全检查申请表', en: 'the security inspection application form', form: 'original', appliesTo: always },
  { id: 'power-of-attorney', zh: '授权委托书', en: 'the power of attorney', form: 'original', appliesTo: (situation) => situation.byAgent },
  { id: 'agent-id', zh: '委托代理人身份证', en: 'the agent’s ID card', form: 'copy', appliesTo: (situation) => situation.byAgent },
  { id: 'sponsor-id', zh: '开办者身份证', en: 'the sponsor’s ID card', form: 'copy', appliesTo: always },
  { id: 'security-officer-id', zh: '安全责任人员身份证', en: 'the security officers’ ID cards', form: 'copy', appliesTo: always },
  // Since 三证合一 the licence carries the unified code; other units bring the certificate their code is on.
  { id: 'business-licence', zh: '工商营业执照', en: 'the business licence', form: 'copy', appliesTo: (situation) => unit(situation) && situation.unitCertType !== 'organization-code' },
  { id: 'organization-code', zh: '组织机构代码证', en: 'the organisation code certificate', form: 'copy', appliesTo: (situation) => unit(situation) && situation.unitCertType === 'organization-code' },
  { id: 'access-agreement', zh: '接入服务协议文件', en: 'the access service agreement', form: 'copy', appliesTo: always },
  { id: 'access-provider-licence', zh: '接入服务商合法资质证明文件', en: 'the access provider’s licence', form: 'copy', appliesTo: always },
  { id: 'domain-ownership', zh: '域名所有权证明文件', en: 'proof of domain ownership', form: 'copy', appliesTo: always },
  { id: 'registrar-licence', zh: '域名服务商合法资质证明文件', en: 'the registrar’s licence', form: 'copy', appliesTo: always },
  { id: 'security-plan', zh: '信息网络安全保护方案', en: 'the network security protection plan', form: 'original', appliesTo: (situation) => situation.interactive },
  { id: 'permits', zh: '特许经营许可文件', en: 'the licences for pre-approved content', form: 'copy', appliesTo: (situation) => situation.preapprovals.length > 0 },
];

/** The items a website's review needs, in the checklist's order; none for a site without interactive services (it gets no 面审). */
export function reviewMaterialsFor(situation: ReviewSituation): ReviewMaterial[] {
  return situation.interactive ? REVIEW_MATERIALS.filter((material) => material.appliesTo(situation)) : [];
}
