import { agencyRules } from './checks/agency';
import { flowRules } from './checks/flow';
import { peopleRules } from './checks/people';
import { subjectRules } from './checks/subject';
import { websiteRules } from './checks/website';
import type { RuleCheck } from './types';

/** Every rule's check, under its catalogue id. */
export const RULES: Readonly<Record<string, RuleCheck>> = {
  ...subjectRules,
  ...websiteRules,
  ...peopleRules,
  ...flowRules,
  ...agencyRules,
};
