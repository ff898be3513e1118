import type { RuleCheck } from '../../types';
import { websiteAddressRules } from './addresses';
import { websiteNameRules } from './name';
import { websiteOperationRules } from './operation';
import { websiteRequiredRules } from './required';
import { websiteServiceRules } from './services';

/** The rules of a website's basic information (网站基本信息), in catalogue order. */
export const websiteRules: Record<string, RuleCheck> = {
  ...websiteRequiredRules,
  ...websiteNameRules,
  ...websiteAddressRules,
  ...websiteServiceRules,
  ...websiteOperationRules,
};
