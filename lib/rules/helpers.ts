import type { LocalText, PersonInput, RuleInput, WebsiteInput } from './types';

export function say(zh: string, en: string): LocalText {
  return { zh, en };
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Whether a required field is to be judged: always for a whole profile; for values read from a
 * page, only when the page holds the field (absent means "not on this page").
 */
export function isDemanded(input: RuleInput, value: unknown): boolean {
  return value !== undefined || input.context.page === undefined;
}

export function websitesOf(input: Pick<RuleInput, 'profile'>): [WebsiteInput, string][] {
  return (input.profile.websites ?? []).map((website, index) => [website ?? {}, `websites.${index}`]);
}

export type PersonRole = 'security' | 'liaison' | 'opinionGuide';

export const ROLE_NAMES: Record<PersonRole, LocalText> = {
  security: say('网站安全负责人', 'security officer'),
  liaison: say('网站信息联络人', 'information liaison'),
  opinionGuide: say('舆情引导员', 'public-opinion officer'),
};

/** The people of every website that are persons of their own (not "same as the principal"). */
export function ownPeopleOf(input: Pick<RuleInput, 'profile'>): { person: PersonInput; role: PersonRole; path: string }[] {
  const people: { person: PersonInput; role: PersonRole; path: string }[] = [];
  for (const [website, base] of websitesOf(input)) {
    for (const role of ['security', 'liaison', 'opinionGuide'] as const) {
      const person = website.people?.[role];
      if (person && person.sameAsPrincipal !== true) people.push({ person, role, path: `${base}.people.${role}` });
    }
  }
  return people;
}

export function containsAny(text: string, words: readonly string[]): string | undefined {
  return words.find((word) => text.includes(word));
}
