import { websitesOf } from '../../helpers';
import type { RuleCheck, RuleHit, RuleInput, WebsiteInput } from '../../types';

type WebsiteCheck = (website: WebsiteInput, base: string, input: RuleInput) => RuleHit[];

/** Runs a check over every website of the input, each under its own path. */
export function perWebsite(check: WebsiteCheck): RuleCheck {
  return (input) => websitesOf(input).flatMap(([website, base]) => check(website, base, input));
}
