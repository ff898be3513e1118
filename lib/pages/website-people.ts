import type { FieldDefinition } from './types';

/**
 * 新办网站申请 第三步 网站负责人: a block per person, each with 同主体负责人信息. The captions repeat
 * from block to block (手机号码, 电子邮件地址, often 姓名): the block heading settles them, or,
 * where a page has none, the blocks' order (security, then liaison, then the 舆情引导员).
 */
type Role = 'security' | 'liaison' | 'opinionGuide';

function personFields(role: Role, blocks: readonly string[], who: readonly string[]): FieldDefinition[] {
  const base = `website.people.${role}`;
  const captions = (...suffixes: string[]) => [...who.flatMap((prefix) => suffixes.map((suffix) => `${prefix}${suffix}`)), ...suffixes];
  return [
    { path: `${base}.sameAsPrincipal`, labels: ['同主体负责人信息', '同主体负责人', '与主体负责人相同', '同开办主体负责人'], kind: 'same-as-principal', blocks, reshapes: true },
    { path: `${base}.name`, labels: captions('姓名'), kind: 'text', blocks },
    { path: `${base}.certType`, labels: captions('证件类型'), kind: 'choice', codes: 'personCerts', blocks },
    { path: `${base}.certNumber`, labels: captions('证件号码'), kind: 'text', blocks },
    { path: `${base}.certScans`, labels: captions('证件', '证件扫描件', '证件照片'), kind: 'files', blocks, model: { refs: [`${base}.certScan`] } },
    { path: `${base}.mobile`, labels: captions('手机号码', '手机', '移动电话'), kind: 'text', blocks },
    { path: `${base}.email`, labels: captions('电子邮件地址', '电子邮箱', '邮箱', '电子邮件'), kind: 'text', blocks },
  ];
}

export const PEOPLE_FIELDS: readonly FieldDefinition[] = [
  ...personFields('security', ['网站安全负责人信息', '网站安全负责人', '安全负责人'], ['负责人', '安全负责人', '网站安全负责人']),
  ...personFields('liaison', ['网站信息联络人信息', '网站信息联络人', '信息联络人', '联络人'], ['联络人', '信息联络人']),
  ...personFields('opinionGuide', ['舆情引导员信息', '舆情引导员'], ['引导员', '舆情引导员']).map((field) => ({ ...field, optional: true })),
];
