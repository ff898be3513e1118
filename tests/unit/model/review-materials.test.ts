import { describe, expect, it } from 'vitest';
import { REVIEW_MATERIALS, reviewMaterialsFor, type ReviewSituation } from '@/lib/model/review-materials';

const person: ReviewSituation = { nature: 'individual', unitCertType: '', byAgent: false, interactive: true, preapprovals: [] };
const ALWAYS = ['application', 'sponsor-id', 'security-officer-id', 'access-agreement', 'access-provider-licence', 'domain-ownership', 'registrar-licence', 'security-plan'];
const idsFor = (situation: Partial<ReviewSituation>) => reviewMaterialsFor({ ...person, ...situation }).map((material) => material.id);

describe('the 面审 materials a website needs (pages.md, 面审 materials)', () => {
  it('has the 13 items of the police’s receiving checklist, in its order', () => {
    expect(REVIEW_MATERIALS.map((material) => material.zh)).toEqual([
      '互联网信息服务安全检查申请表', '授权委托书', '委托代理人身份证', '开办者身份证', '安全责任人员身份证', '工商营业执照', '组织机构代码证',
      '接入服务协议文件', '接入服务商合法资质证明文件', '域名所有权证明文件', '域名服务商合法资质证明文件', '信息网络安全保护方案', '特许经营许可文件',
    ]);
  });

  it.each<[string, Partial<ReviewSituation>, string[], string[]]>([
    ['a person filing their own interactive site', {}, ALWAYS, ['power-of-attorney', 'agent-id', 'business-licence', 'organization-code', 'permits']],
    ['an agent filing', { byAgent: true }, ['power-of-attorney', 'agent-id'], []],
    ['a company with a unified social credit code', { nature: 'enterprise', unitCertType: 'uscc' }, ['business-licence'], ['organization-code']],
    ['a unit still on its organisation code certificate', { nature: 'institution', unitCertType: 'organization-code' }, ['organization-code'], ['business-licence']],
    ['content that needs pre-approval', { preapprovals: ['news'] }, ['permits'], []],
  ])('for %s', (_name, situation, includes, excludes) => {
    const ids = idsFor(situation);
    expect(ids).toEqual(expect.arrayContaining(includes));
    for (const id of excludes) expect(ids).not.toContain(id);
  });

  it('asks for nothing when the site has no interactive services (no 面审)', () => {
    expect(idsFor({ interactive: false, byAgent: true, nature: 'enterprise', unitCertType: 'uscc' })).toEqual([]);
  });

  it('marks originals and copies', () => {
    const forms = Object.fromEntries(REVIEW_MATERIALS.map((material) => [material.id, material.form]));
    expect(forms).toMatchObject({ application: 'original', 'power-of-attorney': 'original', 'security-plan': 'original', 'sponsor-id': 'copy', 'business-licence': 'copy' });
  });
});
