import { cleanText, optionMatches } from '../text';
import { FillError } from './fill-error';
import { fire, shownNow, typeText } from './events';
import { lookFor, nextTurn, type Waits } from './waits';

/**
 * The keyboard, as a person who does not reach for the mouse: a dropdown that opened nothing
 * when pressed, or whose pressed option did not take, is focused, searched by typing when it has
 * a box for that, walked with ArrowDown — the option it highlights read after each key — and
 * chosen with Enter. The choice is confirmed as any other: by what the widget shows afterwards.
 */
export interface KeyboardChoice {
  widget: HTMLElement;
  /** The box a person tabs to: it takes the keys, unless the widget moves the focus into itself. */
  box: HTMLElement;
  /** Its box to search in, when it has one. */
  search?: HTMLInputElement;
  /** The elements a person reads as options now. */
  options: () => readonly Element[];
  /** Whether the widget shows the wanted choice. */
  chosen: () => boolean;
}

/** Classes libraries give the option the keys have reached (Element's hover, Ant Design's active, layui's this). */
const HIGHLIGHTED = /(^|[-_\s])(active|focus|focused|hover|hovered|highlight|highlighted|pending|this)([-_\s]|$)/i;
/** More options than any of the platform's lists, so a walk always ends. */
const MAX_STEPS = 80;
/** How long a list may take to open or move its highlight after a key. */
const KEY_ANSWER_MS = 800;

function key(target: Element, name: string, keyCode: number, waits: Waits) {
  const init = { key: name, code: name, keyCode, which: keyCode } as KeyboardEventInit;
  fire(target, 'keydown', waits, init);
  fire(target, 'keyup', waits, init);
}

/** Where keys go: the element the widget put the focus on, when it is the widget's, else its box. */
function keyTarget(choice: KeyboardChoice): Element {
  const focused = choice.box.ownerDocument.activeElement;
  return focused && (choice.widget.contains(focused) || choice.search === focused) ? focused : choice.box;
}

/** The option the keys have reached: the one ARIA names as active, else the one drawn highlighted. */
function highlighted(choice: KeyboardChoice): Element | undefined {
  const document = choice.box.ownerDocument;
  const owner = [keyTarget(choice), choice.box, ...choice.box.querySelectorAll('[aria-activedescendant]')].find((element) => element.getAttribute('aria-activedescendant'));
  const named = owner && document.getElementById(owner.getAttribute('aria-activedescendant')!);
  if (named && shownNow(named)) return named;
  const options = choice.options();
  const drawn = (option: Element) => [option, option.parentElement].some((box) => box && typeof box.className === 'string' && HIGHLIGHTED.test(box.className));
  return options.find(drawn) ?? options.find((option) => option.getAttribute('aria-selected') === 'true');
}

/** A failure the keyboard may get past: nothing opened on a press, or a pressed option did not take. */
export const keyboardMayHelp = (error: unknown): error is FillError => error instanceof FillError && (error.code === 'no-list' || error.code === 'not-shown');

const wordsOf = (option: Element) => cleanText(option.getAttribute('title') || option.textContent);

/**
 * Walks the list with the keys to the option with these words and chooses it with Enter; false
 * when the list shows no highlight, or the walk came round without finding it.
 */
export async function chooseByKeyboard(choice: KeyboardChoice, wordings: readonly string[], waits: Waits): Promise<boolean> {
  const chosen = await walk(choice, wordings, waits);
  // The words typed to search are taken out again when the keys found nothing: the list is left whole, the box empty.
  if (!chosen && choice.search?.value) typeText(choice.search, '', waits, { stay: true });
  return chosen;
}

async function walk(choice: KeyboardChoice, wordings: readonly string[], waits: Waits): Promise<boolean> {
  const document = choice.box.ownerDocument;
  const wanted = wordings[0] ?? '';
  choice.box.focus({ preventScroll: true });
  fire(choice.box, 'focus', waits);
  fire(choice.box, 'focusin', waits);
  if (choice.search) {
    typeText(choice.search, wanted.replace(/^\d{2}\s*/, ''), waits, { stay: true });
    await nextTurn(document, waits);
  }
  const seen: string[] = [];
  let previous: string | undefined;
  for (let step = 0; step < MAX_STEPS; step++) {
    key(keyTarget(choice), 'ArrowDown', 40, waits);
    await nextTurn(document, waits);
    // After the first key the list opens; after each next one the highlight moves on.
    const option = await lookFor(document, () => {
      const now = highlighted(choice);
      return now && wordsOf(now) !== previous ? now : undefined;
    }, waits, wanted, KEY_ANSWER_MS);
    // The list shows no highlight, or it stays put at the list's end: the keys cannot reach the option.
    if (!option) return false;
    const words = wordsOf(option);
    if (seen.includes(words)) return false;
    seen.push(words);
    previous = words;
    if (!wordings.some((wording) => optionMatches(words, wording))) continue;
    key(keyTarget(choice), 'Enter', 13, waits);
    await nextTurn(document, waits);
    return (await lookFor(document, choice.chosen, waits, wanted, KEY_ANSWER_MS)) ?? false;
  }
  return false;
}
