import { PAGES } from '../pages/definitions';
import type { PageDefinition } from '../pages/types';
import { normalise } from './collect';

/** The wizard's current step as the page marks it: the classic `li.active`, Element's `is-process`. */
const ACTIVE_STEP = '.steps li.active, .el-step__title.is-process, [aria-current="step"]';

/**
 * Detect: which platform page this is, by host, location (path or #/ route) and what is visible
 * on it — never by ids.
 */
export function detectPage(location: Location, document: Document, pages: readonly PageDefinition[] = PAGES): PageDefinition | undefined {
  const text = normalise(document.body?.textContent);
  const activeSteps = [...document.querySelectorAll(ACTIVE_STEP)].map((element) => normalise(element.textContent));
  return pages.find(
    (page) =>
      page.hosts.includes(location.hostname) &&
      page.locations.some((pattern) => pattern.test(location.pathname + location.search + location.hash)) &&
      page.landmarks.some((landmark) => text.includes(normalise(landmark))) &&
      (!page.activeStep || activeSteps.some((step) => step.includes(normalise(page.activeStep)))),
  );
}
