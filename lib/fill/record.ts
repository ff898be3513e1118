import { MAX_DEMONSTRATED_STEPS, type DemonstratedStep } from '../pages/demonstration';
import { PAGES } from '../pages';
import type { CollectedField } from './collect';
import type { Lessons } from './content-protocol';
import { recognise } from './detect';
import { PageView, lessonsFor } from './engine';
import { positionAmongSame } from './match';
import { fieldShows, pressedAt, stepOf } from './demonstration';
import { openOverlay } from './overlay';

/**
 * Watching the person set a field by hand (指定 by showing how): the page works as usual — the
 * helper only notes each press — and the helper's bar says what to choose. A press on an option
 * other than the client's is not noted (the bar says so); 记住 keeps the presses once every part
 * of the value was chosen and the field shows it as the check reads it; Esc or 取消 keeps nothing.
 */
export interface RecordTexts {
  /** What to do: $1 the field, $2 the client's value. */
  prompt: string;
  /** A press on something other than the value: $1 what was pressed. */
  other: (pressed: string) => string;
  /** 记住 before every part was chosen. */
  incomplete: string;
  /** Too many presses to keep. */
  tooLong: string;
  ok: string;
  cancel: string;
}

export function recordDemonstration(document: Document, target: FieldToShow, parts: readonly (readonly string[])[], texts: RecordTexts): Promise<DemonstratedStep[] | undefined> {
  const { field, shows } = target;
  const view = document.defaultView!;
  const overlay = openOverlay(document, 'beian-helper-record');
  let steps: DemonstratedStep[] = [];
  const chosen = new Set<number>();
  const restart = (warning: string) => {
    steps = [];
    chosen.clear();
    overlay.say(warning, true);
  };

  return new Promise((resolve) => {
    const finish = (kept: DemonstratedStep[] | undefined) => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      view.removeEventListener('scroll', follow, true);
      overlay.remove();
      resolve(kept);
    };
    const follow = () => overlay.outline(field.container.isConnected ? field.container : undefined);
    const onClick = (event: MouseEvent) => {
      if (event.composedPath().includes(overlay.host) || !(event.target instanceof view.Element)) return;
      const pressed = pressedAt(event.target, field.container);
      const step = stepOf(pressed, parts, chosen);
      // Another option than the client's: not a step to do again for every client.
      if (step === 'other') return overlay.say(texts.other(pressed.words), true);
      if (steps.length >= MAX_DEMONSTRATED_STEPS) return restart(texts.tooLong);
      if ('part' in step) chosen.add(step.part);
      steps.push(step);
      follow();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      finish(undefined);
    };
    overlay.say(texts.prompt);
    overlay.buttons(
      { label: texts.ok, act: () => (chosen.size === parts.length && shows() ? finish(steps) : overlay.say(texts.incomplete, true)), primary: true },
      { label: texts.cancel, act: () => finish(undefined) },
    );
    follow();
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
    view.addEventListener('scroll', follow, true);
  });
}

/** The field the person is to show how to set, as the fill finds it: its place among fields with its caption, and whether it shows the value. */
export interface FieldToShow {
  field: CollectedField;
  position: number;
  shows: () => boolean;
}

export function fieldToShow(document: Document, location: Location, lessons: Lessons, pageId: string, path: string, parts: readonly (readonly string[])[]): FieldToShow | undefined {
  const recognition = recognise(location, document, PAGES, lessons);
  if (recognition?.page.id !== pageId) return undefined;
  const page = recognition.page;
  const definition = page.fields.find((field) => field.path === path);
  const view = new PageView(document, page, recognition.fields, undefined, lessonsFor(page, lessons));
  const match = definition && view.find(definition);
  if (!definition || !match) return undefined;
  return { field: match.field, position: positionAmongSame(match.field, recognition.fields), shows: () => fieldShows(definition, match, { fields: view.fields, definitions: page.fields }, parts) };
}
