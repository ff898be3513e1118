/** Dates as pages and people write them: 2035-03-12, 2035/3/12, 2035.03.12, 2035年3月12日. */
const SHOWN_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The day a shown date names (UTC midnight), or undefined when it is not a real calendar date (长期, 2035-02-30). */
export function parseShownDate(shown: string): Date | undefined {
  const parts = SHOWN_DATE.exec(shown.trim());
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** The instant `today`'s calendar day began, in UTC like the parsed dates. */
export function startOfDay(today: Date): number {
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/** Whole years from `birth` to `today`: the age a person is on that day. */
export function yearsBetween(birth: Date, today: Date): number {
  const years = today.getUTCFullYear() - birth.getUTCFullYear();
  const birthdayPassed = today.getUTCMonth() > birth.getUTCMonth() || (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() >= birth.getUTCDate());
  return birthdayPassed ? years : years - 1;
}
