import { FillError } from './fill-error';

/**
 * Waiting for the page, bounded, on a condition — never a fixed sleep — and the page's clock: the
 * time that is the page's (its handlers, its re-renders, the waits for it) kept apart from the engine's own.
 */
export interface Waits {
  /**
   * Milliseconds that are the page's, kept out of the engine's own time: waiting for it (cascades,
   * dropdowns, re-renders) and running its handlers, which a dispatched event runs synchronously
   * just as a person's click or keystroke does.
   */
  waitedMs: number;
  /** How many waits are running now: the page's reactions during one are already on its clock. */
  waiting?: number;
  /** When the whole fill must end (`performance.now()` time): no wait runs past it. */
  deadline?: number;
}

/** Starts a wait on the page's clock; the function returned ends it. */
export function pageTime(waits: Waits): () => void {
  const started = performance.now();
  waits.waiting = (waits.waiting ?? 0) + 1;
  return () => {
    waits.waiting!--;
    waits.waitedMs += performance.now() - started;
  };
}

const WAIT_LIMIT_MS = 5_000;

/** Resolves with what `find` returns once it returns something; the page's own mutations (and a look every 50 ms, for style-only changes) prompt each look. */
export async function waitFor<T>(document: Document, find: () => T | undefined | null | false, waits: Waits, wanted: string, limitMs = WAIT_LIMIT_MS): Promise<T> {
  const found = find();
  if (found) return found;
  const started = performance.now();
  const limit = Math.min(limitMs, (waits.deadline ?? Infinity) - started);
  if (limit <= 0) throw new FillError('out-of-time', wanted);
  const done = pageTime(waits);
  try {
    return await new Promise<T>((resolve, reject) => {
      const view = document.defaultView!;
      const check = () => {
        const result = find();
        if (!result) return;
        stop();
        resolve(result);
      };
      const observer = new view.MutationObserver(check);
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
      const poll = view.setInterval(check, 50);
      const timer = view.setTimeout(() => {
        stop();
        reject(new FillError(limit < limitMs ? 'out-of-time' : 'timeout', wanted));
      }, limit);
      function stop() {
        observer.disconnect();
        view.clearInterval(poll);
        view.clearTimeout(timer);
      }
    });
  } finally {
    done();
  }
}

/**
 * Like `waitFor`, for what may never come: undefined once its bound passes (a calendar a box does
 * not have, an upload widget that shows nothing). The fill's own deadline still ends the fill.
 */
export async function lookFor<T>(document: Document, find: () => T | undefined | null | false, waits: Waits, wanted: string, limitMs: number): Promise<T | undefined> {
  try {
    return await waitFor(document, find, waits, wanted, limitMs);
  } catch (error) {
    if (error instanceof FillError && error.code === 'timeout') return undefined;
    throw error;
  }
}

/** How long a list of options may stay unchanged, without the wanted one, before it is taken as complete. */
const SETTLED_MS = 1_500;

/**
 * Waits for an option to appear in a list that may still be loading (a cascade's next level, a
 * remote search): gives up early once the list has options and has not changed for a while —
 * or, after a search, has stayed empty — instead of waiting out the whole bound for an option
 * that is not coming.
 */
export async function waitForOption<T>(
  document: Document,
  find: () => T | undefined,
  listed: () => readonly string[],
  waits: Waits,
  wanted: string,
  options: { emptyIsAnswer?: () => boolean } = {},
): Promise<T | undefined> {
  let last = '';
  let since = performance.now();
  let settled = false;
  const result = await waitFor<T | 'settled'>(
    document,
    () => {
      const found = find();
      if (found) return found;
      const now = listed().join('|');
      if (now !== last) {
        last = now;
        since = performance.now();
      } else if ((now || options.emptyIsAnswer?.()) && performance.now() - since > SETTLED_MS) {
        settled = true;
        return 'settled';
      }
      return undefined;
    },
    waits,
    wanted,
  ).catch((error: unknown) => {
    if (error instanceof FillError && error.code === 'timeout') return 'settled' as const;
    throw error;
  });
  return settled || result === 'settled' ? undefined : result;
}

/** A page is settled once nothing in it has changed for this long (a re-render, a block loaded after a request). */
const QUIET_MS = 150;
const SETTLE_LIMIT_MS = 2_500;
/** How often a settling page is looked at. */
const LOOK_EVERY_MS = 30;
/**
 * The most quiet one look can count. A look that comes later than this after the one before means
 * the page could not run meanwhile (a busy machine): its own work queued behind, not done, so the
 * time in between says nothing about whether it is done.
 */
const CREDITED_PER_LOOK_MS = 60;

/**
 * Waits for the page to settle after the helper's writes: no change in its document for a
 * moment, or the bound (a page with a ticking countdown never goes quiet). Quiet is counted only
 * while the page could run, and confirmed by two turns of its message queue: a library that
 * renders two messages after an event (a form's watchers, then React's scheduler) has rendered.
 */
export async function settle(document: Document, waits: Waits): Promise<void> {
  const started = performance.now();
  const limit = Math.min(started + SETTLE_LIMIT_MS, waits.deadline ?? Infinity);
  const view = document.defaultView! as Window & typeof globalThis;
  const done = pageTime(waits);
  let changed = false;
  const observer = new view.MutationObserver(() => {
    changed = true;
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  // A hidden tab's timers run once a second by design: there, late looks are the browser's pace, not a busy machine.
  const credited = (gap: number) => (document.visibilityState === 'hidden' ? gap : Math.min(gap, CREDITED_PER_LOOK_MS));
  try {
    let quiet = 0;
    let previous = started;
    for (;;) {
      await new Promise((resolve) => view.setTimeout(resolve, LOOK_EVERY_MS));
      const now = performance.now();
      quiet = changed ? 0 : quiet + credited(now - previous);
      changed = false;
      previous = now;
      if (now >= limit) break;
      if (quiet < QUIET_MS) continue;
      await messageTurns(view, 2);
      if (!changed) break;
    }
  } finally {
    observer.disconnect();
  }
  // The page's last changes laid out while still on its clock, as at the end of its turn.
  document.documentElement.getBoundingClientRect();
  done();
}

/** Turns of the page's message queue: what the page posted before each has run when it ends. */
async function messageTurns(view: Window & typeof globalThis, count: number): Promise<void> {
  const channel = new view.MessageChannel();
  for (let turn = 0; turn < count; turn++) {
    await new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  channel.port1.close();
}

/**
 * Lets the page take its turn: a component library reacts to one event (and re-renders) before
 * the next arrives, as between a person's keystrokes. A message, not a timer or an animation
 * frame: neither is throttled in a background tab. The turn ends with the page laid out, so the
 * browser's layout of what the page re-rendered is on the page's clock, not at the helper's next look.
 */
export async function nextTurn(document: Document, waits: Waits): Promise<void> {
  const done = pageTime(waits);
  await messageTurns(document.defaultView! as Window & typeof globalThis, 1);
  document.documentElement.getBoundingClientRect();
  done();
}
