import { isBlank, isDemanded, say } from '../../helpers';
import type { RuleCheck, RuleHit, WebsiteInput } from '../../types';
import { perWebsite } from './per-website';

const REQUIRED_FIELDS: [(website: WebsiteInput) => unknown, string, string, string][] = [
  [(w) => w.name, 'name', '网站名称', 'website name'],
  [(w) => w.domain, 'domain', '主域名', 'main domain'],
  [(w) => w.accessMethod, 'accessMethod', '网站接入方式', 'access method'],
  [(w) => w.accessProvider?.region, 'accessProvider.region', '接入商所属区域', 'access provider’s region'],
  [(w) => w.accessProvider?.name, 'accessProvider.name', '接入商名称', 'access provider'],
  [(w) => w.registrar?.region, 'registrar.region', '域名服务商所属区域', 'registrar’s region'],
  [(w) => w.registrar?.name, 'registrar.name', '域名注册服务商名称', 'registrar'],
];

export const websiteRequiredRules: Record<string, RuleCheck> = {
  'W-REQUIRED': perWebsite((website, base, input) => {
    const hits: RuleHit[] = [];
    for (const [read, key, zh, en] of REQUIRED_FIELDS) {
      const value = read(website);
      if (isDemanded(input, value) && isBlank(value)) {
        hits.push({ path: `${base}.${key}`, message: say(`请填写${zh}（必填）。`, `Fill in the ${en} (required).`) });
      }
    }
    if (isDemanded(input, website.interactive) && typeof website.interactive !== 'boolean') {
      hits.push({ path: `${base}.interactive`, message: say('请选择是否提供互联网交互服务（必填）。', 'Say whether the site provides interactive services (required).') });
    }
    return hits;
  }),
};
