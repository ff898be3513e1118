import { expect, type Page } from '@playwright/test';
import type { ClientValues, FieldValue, OpenStep, PageKind, StrangerPage } from './contract';

/**
 * Reading a rendering's form state (its own `window.__stranger.state()`, the values as its server
 * would receive them, translated to FIELDS.md's wordings) and comparing it with a client.
 */
export type StrangerState = Record<string, unknown>;

interface StrangerWindow {
  __stranger?: { ready?: boolean; state(): StrangerState | Promise<StrangerState> };
}

/** Open a page as a person does: load it, take the rendering's steps (menus, 新增, tabs), wait for its form. */
export async function openStrangerPage(page: Page, origin: string, target: StrangerPage): Promise<void> {
  await page.goto(`${origin}${target.url}`);
  await waitReady(page);
  for (const step of target.open ?? []) await takeStep(page, step);
  await waitReady(page);
}

async function takeStep(page: Page, step: OpenStep): Promise<void> {
  const scope = step.frame ? page.frameLocator(step.frame) : page;
  if ('click' in step) await scope.locator(step.click).first().click();
  else await scope.locator(step.waitFor).first().waitFor({ state: 'visible' });
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as StrangerWindow).__stranger?.ready === true, undefined, { timeout: 20_000 });
}

/** How long the state must stay the same to be taken as settled: uploads and saves finish after the fill returns. */
const QUIET_MS = 1_000;
const READ_EVERY_MS = 100;
const READ_LIMIT_MS = 15_000;

/**
 * The state once it has stopped changing (the same for a second; bounded at 15 s): read again and
 * again, each read a condition of the poll, never a sleep; a read that fails fails the reading.
 */
export async function readState(page: Page): Promise<StrangerState> {
  const read = () => page.evaluate(async () => JSON.stringify(await (window as unknown as StrangerWindow).__stranger!.state()));
  let previous = await read();
  let since = Date.now();
  let failure: unknown;
  const settled = async () => {
    try {
      const next = await read();
      if (next !== previous) {
        previous = next;
        since = Date.now();
      }
    } catch (error) {
      failure = error;
      return true;
    }
    return Date.now() - since >= QUIET_MS;
  };
  const started = Date.now();
  try {
    await expect.poll(settled, { timeout: READ_LIMIT_MS, intervals: [READ_EVERY_MS] }).toBe(true);
  } catch (error) {
    // A state still changing at the bound is taken as it is then (a page with a ticking countdown never settles).
    if (Date.now() - started < READ_LIMIT_MS) throw error;
  }
  if (failure) throw failure;
  return JSON.parse(previous) as StrangerState;
}

/** Whether a value the form holds is the client's. */
export function holds(shown: unknown, expected: FieldValue): boolean {
  if (typeof expected === 'boolean') return shown === expected;
  if (typeof expected === 'string') return typeof shown === 'string' && shown.trim() === expected;
  if (Array.isArray(expected)) return Array.isArray(shown) && shown.length === expected.length && expected.every((item, index) => String(shown[index]).trim() === item);
  const provider = expected as { scope: string; region: string; name: string };
  const value = (shown ?? {}) as Record<string, unknown>;
  return value.scope === provider.scope && value.region === provider.region && String(value.name ?? '').trim() === provider.name;
}

/** Fields whose value a profile does not decide: a person's fields when that person is the principal. */
export function decided(key: string, values: ClientValues): boolean {
  const role = /^(security|liaison|opinionGuide)\.(?!sameAsPrincipal$)/.exec(key)?.[1];
  return !(role && values[`${role}.sameAsPrincipal`] === true);
}

export interface FieldOutcome {
  key: string;
  expected?: FieldValue;
  before: unknown;
  after: unknown;
}

export interface Comparison {
  kind: PageKind;
  /** Fields the page shows that the client has a value for, and which of them hold it. */
  right: FieldOutcome[];
  missed: FieldOutcome[];
  /** Fields holding only part of the client's value: one scan of two, one row of two, a provider without its name. */
  partial: FieldOutcome[];
  /** Fields that ended holding something the client does not say: another value, or any value where the client has none. */
  wrong: FieldOutcome[];
}

/** Whether every part a field holds is a part of the client's value (and something is missing). */
function partOf(shown: unknown, expected: FieldValue): boolean {
  if (Array.isArray(expected)) return Array.isArray(shown) && shown.length < expected.length && shown.every((item) => expected.includes(String(item).trim()));
  if (typeof expected !== 'object') return false;
  const value = (shown ?? {}) as Record<string, unknown>;
  const provider = expected as Record<string, string>;
  return ['scope', 'region', 'name'].every((part) => !value[part] || String(value[part]).trim() === provider[part]);
}

const empty = (value: unknown) => value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((part) => part === '' || part === undefined));

/**
 * Every key the state names, judged: the client's value there → right, or missed when the field
 * kept what it had (or is empty), or wrong when it changed to something else; no value of the
 * client's → wrong if the field changed. `among` limits the fields counted (the truth of the page).
 */
export function compare(kind: PageKind, values: ClientValues, before: StrangerState, after: StrangerState, among?: readonly string[]): Comparison {
  const comparison: Comparison = { kind, right: [], missed: [], partial: [], wrong: [] };
  for (const key of new Set([...Object.keys(after), ...(among ?? [])])) {
    if (!decided(key, values)) continue;
    const expected = values[key];
    const outcome: FieldOutcome = { key, before: before[key], after: after[key], ...(expected !== undefined ? { expected } : {}) };
    const counted = among ? among.includes(key) : expected !== undefined;
    if (expected !== undefined && counted) {
      if (holds(after[key], expected)) comparison.right.push(outcome);
      else if (empty(after[key]) || JSON.stringify(after[key]) === JSON.stringify(before[key])) comparison.missed.push(outcome);
      else if (partOf(after[key], expected)) comparison.partial.push(outcome);
      else comparison.wrong.push(outcome);
    } else if (expected === undefined && JSON.stringify(after[key] ?? null) !== JSON.stringify(before[key] ?? null) && !empty(after[key])) {
      comparison.wrong.push(outcome);
    }
  }
  return comparison;
}
