import type { RuleCheck } from '../../types';
import { contactRules } from './contact';
import { identityRules } from './identity';
import { principalScanRules } from './principal-scans';
import { subjectRequiredRules } from './required';
import { sponsorRules } from './sponsor';

/** The rules of the subject (开办主体), in catalogue order. */
export const subjectRules: Record<string, RuleCheck> = {
  ...subjectRequiredRules,
  ...principalScanRules,
  ...sponsorRules,
  ...identityRules,
  ...contactRules,
};
