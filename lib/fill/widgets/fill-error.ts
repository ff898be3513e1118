import type { FailureCode } from '../values';

/** Why a control could not be set, as a code the popup says as a sentence (`fillReason.*`), with the options the page offered. */
export class FillError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly wanted?: string,
    readonly seen?: readonly string[],
  ) {
    super(`${code}${wanted ? `: ${wanted}` : ''}`);
  }
}
