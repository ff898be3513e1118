import { SUBJECT_FIELDS } from './subject';
import type { FieldDefinition, PageDefinition } from './types';
import { PEOPLE_FIELDS } from './website-people';
import { WEBSITE_FIELDS } from './website-basic';

/**
 * The platform's pages (../shared/spec/pages.md) on both hosts. A page is recognised by what it
 * shows — its landmarks, the wizard's current step, and how many of its fields are on the page —
 * with the known paths and routes only raising confidence. Test pages:
 * www.beian.gov.cn/portal/user/subject, …/website/apply?step=2, beian.mps.gov.cn/#/web/subject,
 * #/web/website/apply.
 */
export const HOSTS = ['www.beian.gov.cn', 'beian.gov.cn', 'beian.mps.gov.cn'] as const;

/** The 新办网站申请 wizard's steps, in order. */
export const WIZARD_STEPS = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'] as const;

const APPLY = [/\/portal\/user\/website\/apply/, /#\/web\/website\/apply/];

/** Pages the helper recognises but has nothing to fill on: lists, the statement, public query. */
const viewOnly = (id: string, title: string, hints: RegExp[], landmarks: string[], activeStep?: string): PageDefinition => ({
  id,
  title,
  hosts: HOSTS,
  hints,
  landmarks,
  ...(activeStep ? { activeStep } : {}),
  fields: [],
});

export const PAGES: readonly PageDefinition[] = [
  {
    id: 'subject',
    title: '开办主体管理',
    hosts: HOSTS,
    hints: [/\/portal\/user\/subject/, /#\/web\/.*[Ss]ubject/],
    landmarks: ['网站开办主体', '新增主体', '开办主体管理', '开办主体', '申请主体'],
    gate: 'subject.nature',
    fields: SUBJECT_FIELDS,
  },
  {
    id: 'website-basic',
    title: '网站基本信息（第二步）',
    hosts: HOSTS,
    hints: APPLY,
    landmarks: ['网站基本信息', '新办网站申请'],
    activeStep: '网站基本信息',
    fields: WEBSITE_FIELDS,
  },
  {
    id: 'website-people',
    title: '网站负责人（第三步）',
    hosts: HOSTS,
    hints: APPLY,
    landmarks: ['网站负责人', '新办网站申请'],
    activeStep: '网站负责人',
    fields: PEOPLE_FIELDS,
  },
  viewOnly('website-subject', '网站开办主体（第一步）', APPLY, ['网站开办主体'], '网站开办主体'),
  viewOnly('website-agreement', '提示说明（第四步）', APPLY, ['信息网站安全责任书'], '提示说明'),
  viewOnly('unfiled', '未备案网站', [/\/portal\/user\/website\/unfiled/], ['未备案网站']),
  viewOnly('claim', '已办网站认领', [/\/portal\/user\/website\/claim/], ['已办网站认领']),
  viewOnly('change', '网站信息变更', [/\/portal\/user\/website\/change/], ['网站变更', '网站信息变更']),
  viewOnly('cancel', '网站注销申请', [/\/portal\/user\/website\/cancel/], ['网站注销申请']),
  viewOnly('filed', '已备案网站', [/\/portal\/user\/website\/filed/], ['已备案网站']),
  viewOnly('business-home', '网站业务', [/#\/web\/business\/businessHome/], ['网站业务']),
  viewOnly('public-query', '公共查询', [/\/portal\/registerSystemInfo/, /#\/query\/webSearch/], ['公共查询']),
];

export function pageById(id: string | undefined): PageDefinition | undefined {
  return PAGES.find((page) => page.id === id);
}

/** The model paths a field's value lives at: its own, or those its definition names. */
function modelPathsOf(field: FieldDefinition): string[] {
  const model = field.model;
  if (!model) return [field.path];
  if ('refs' in model) return [field.path, ...model.refs];
  if ('refList' in model) return [field.path, model.refList];
  return [field.path, 'nonEmpty' in model ? model.nonEmpty : model.integer];
}

/**
 * The field of a page a finding is about: rule findings name model paths (`websites.0.people.
 * liaison.mobile`, `subject.principal.residence`, `websites.0.subdomains.2`), a page's fields
 * their own (`website.people.liaison.mobile`). The field whose path is the longest prefix wins, a
 * field's own path before another's model source (管制物品 before its 是/否 question); none when
 * the page does not show what the finding is about (then it is the page's, not a field's).
 */
export function fieldOfFinding(page: PageDefinition | undefined, findingPath: string): string | undefined {
  const path = findingPath.replace(/^websites\.\d+(?=\.|$)/, 'website');
  let best: { field: string; weight: number } | undefined;
  for (const field of page?.fields ?? []) {
    for (const candidate of modelPathsOf(field)) {
      const weight = candidate.length + (candidate === field.path ? 0.5 : 0);
      if ((path === candidate || path.startsWith(`${candidate}.`)) && weight > (best?.weight ?? 0)) best = { field: field.path, weight };
    }
  }
  return best?.field;
}
