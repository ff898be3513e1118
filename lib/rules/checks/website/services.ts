import { SERVICE_TYPES, labelOf, PREAPPROVAL_ITEMS, SERVICE_CATEGORIES, type ServiceType } from '../../../model/codes';
import { REVIEW_SETS, reviewMaterialsFor } from '../../../model/review-materials';
import { isBlank, say } from '../../helpers';
import type { LocalText, RuleCheck, RuleInput, WebsiteInput } from '../../types';
import { perWebsite } from './per-website';

const INTERACTIVE_SERVICES = new Set<string>(SERVICE_TYPES.filter((entry) => entry.interactive).map((entry) => entry.code));
const LEVEL_2_SERVICES: readonly ServiceType[] = ['forum', 'microblog', 'blog'];

/** FAQ 3: the service categories a set of ticked services is consistent with. */
const CATEGORY_BY_SERVICE: Partial<Record<ServiceType, string>> = {
  payment: '01',
  'online-banking': '01',
  forum: '03',
  blog: '04',
  microblog: '04',
  social: '04',
  search: '05',
  video: '06',
  'instant-messaging': '07',
  email: '07',
  chatroom: '07',
  game: '08',
  shopping: '09',
  'supply-demand': '09',
  'travel-booking': '09',
  'stock-trading': '09',
  'p2p-finance': '01',
};

const serviceLabel = (code: string) => SERVICE_TYPES.find((entry) => entry.code === code)?.label ?? code;

function materialsFor(website: WebsiteInput, input: RuleInput): LocalText {
  const items = reviewMaterialsFor({
    nature: input.nature ?? 'individual',
    unitCertType: input.knownSubject.unitCertType ?? '',
    byAgent: input.context.filedByAgent === true || website.filing?.byAgent === true,
    interactive: true,
    preapprovals: (website.preapprovals ?? []).filter((item) => typeof item === 'string'),
  });
  return say(
    `交互式网站需要面审或实地检查，时间以短信通知。面审请携带（各${REVIEW_SETS}份，原件或复印件）：${items.map((item) => item.zh).join('、')}。`,
    `An interactive site gets a face-to-face review or an on-site inspection, announced by SMS. Bring ${REVIEW_SETS} copies of: ${items.map((item) => item.en).join(', ')}.`,
  );
}

/** What the site offers: its services and what they entail (review, pre-approvals, level, category). */
export const websiteServiceRules: Record<string, RuleCheck> = {
  'W-SERVICES-INTERACTIVE': perWebsite((website, base) => {
    if (typeof website.interactive !== 'boolean' || !website.serviceTypes) return [];
    const interactiveTicked = website.serviceTypes.filter((code): code is ServiceType => !!code && INTERACTIVE_SERVICES.has(code));
    if (website.interactive && interactiveTicked.length === 0) {
      return [{ path: `${base}.serviceTypes`, message: say('选了“提供互联网交互服务”，但没有勾选任何交互类服务（论坛、博客、聊天室、即时通讯、电子邮件……）。', 'Interactive services = 是, but no interactive service type (forum, blog, chat room, messaging, e-mail …) is ticked.') }];
    }
    if (!website.interactive && interactiveTicked.length > 0) {
      const names = interactiveTicked.map(serviceLabel).join('、');
      return [{ path: `${base}.interactive`, message: say(`勾选了交互类服务（${names}），“是否提供互联网交互服务”应选“是”。`, `Interactive services are ticked (${interactiveTicked.join(', ')}), so the answer must be 是.`) }];
    }
    return [];
  }),

  'W-INTERACTIVE-REVIEW': perWebsite((website, base, input) =>
    website.interactive === true ? [{ path: `${base}.interactive`, message: materialsFor(website, input) }] : [],
  ),

  'W-SERVICE-SUGGEST': perWebsite((website, base, input) => {
    if (!website.serviceTypes || !input.nature) return [];
    const ticked = new Set<string>(website.serviceTypes);
    if (input.nature !== 'individual' && !ticked.has('www')) {
      return [{ path: `${base}.serviceTypes`, message: say('单位网站通常勾选“www服务”（单位门户网站）。', 'A unit’s site usually ticks “www服务” (the unit’s portal).') }];
    }
    if (input.nature === 'individual' && ticked.size === 0) {
      return [{ path: `${base}.serviceTypes`, message: say('个人网站通常勾选“博客、个人空间”，有其他内容再如实勾选。', 'A personal site usually ticks “博客、个人空间”, plus whatever else it really offers.') }];
    }
    return [];
  }),

  'W-PREAPPROVAL-TICK': perWebsite((website, base) => {
    const ticked = (website.preapprovals ?? []).filter(Boolean) as string[];
    if (ticked.length === 0) return [];
    const names = ticked.map((code) => labelOf(PREAPPROVAL_ITEMS, code) ?? code).join('、');
    const noDocs = isBlank(website.qualificationDocs) && website.qualificationDocs !== undefined;
    return [{
      path: `${base}.preapprovals`,
      message: say(
        `勾选了前置审核内容（${names}）：只有取得相应审批的网站才勾选，面审时须带审批文件${noDocs ? '，目前还没有上传资质材料' : ''}。`,
        `Pre-approval content is ticked (${ticked.join(', ')}): tick it only with the approval in hand, and bring the approval to the review${noDocs ? '; no qualification document is uploaded yet' : ''}.`,
      ),
    }];
  }),

  'W-CONTROLLED': perWebsite((website, base) =>
    isBlank(website.controlledGoods)
      ? []
      : [{ path: `${base}.controlledGoods`, message: say('提供管制物品信息发布服务：面审时请携带对应的资质材料。', 'Controlled-goods information is published: bring the matching qualification documents to the review.') }],
  ),

  'W-LEVEL': perWebsite((website, base) => {
    if (!website.level || !website.serviceTypes) return [];
    const ticked = website.serviceTypes.filter((code): code is ServiceType => !!code);
    const level2 = ticked.filter((code) => LEVEL_2_SERVICES.includes(code));
    const expected = level2.length > 0 ? 'level-2' : 'level-3';
    if (website.level === expected) return [];
    return [{
      path: `${base}.level`,
      message:
        expected === 'level-2'
          ? say(`有${level2.map(serviceLabel).join('、')}的网站，网站级别应选“二级”。`, 'A site with a forum, microblog or blog is level 2 (二级).')
          : say('没有论坛、微博、博客的网站，网站级别应选“三级”。', 'A site without a forum, microblog or blog is level 3 (三级).'),
    }];
  }),

  'W-CATEGORY': perWebsite((website, base) => {
    if (!website.serviceCategory || !website.serviceTypes) return [];
    const ticked = website.serviceTypes.filter((code): code is ServiceType => !!code);
    const specific = new Set(ticked.map((code) => CATEGORY_BY_SERVICE[code]).filter((code): code is string => !!code));
    const consistent = specific.size === 0 ? ['02'] : [...specific, ...(specific.size > 1 ? ['02'] : [])];
    if (consistent.includes(website.serviceCategory)) return [];
    const names = consistent.map((code) => `${code} ${labelOf(SERVICE_CATEGORIES, code)}`).join('、');
    return [{
      path: `${base}.serviceCategory`,
      message: say(`按勾选的服务类型，分类应为 ${names}。`, `From the services ticked, the category would be ${consistent.join(' or ')}.`),
    }];
  }),
};
