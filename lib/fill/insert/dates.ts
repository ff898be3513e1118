import { controlsOf, type CollectedField } from '../collect';
import { CHECKABLE_WRAPPER, isInput } from '../dom';
import { cleanText } from '../text';
import { pickDate, typeDateBox } from '../widgets/calendar';
import { typeDate } from '../widgets/date';
import { FillError } from '../widgets/fill-error';
import { setChecked } from '../widgets/native';
import { nextTurn, type Waits } from '../widgets/waits';

/** How far out from a date's box its 长期 box may sit: beside it in the same row. */
const LONG_TERM_CLIMB = 2;

/** The 长期 box of a date: among the field's controls, or beside its box in the same row. */
function longTermBox(field: CollectedField): HTMLElement | undefined {
  const own = controlsOf(field, 'checkbox').find((control) => /长期/.test(control.option ?? ''));
  if (own) return own.element;
  let row: Element | null = field.container;
  for (let level = 0; row && level <= LONG_TERM_CLIMB; level++, row = row.parentElement) {
    const box = [...row.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="checkbox"]')].find((candidate) => /长期/.test(cleanText((candidate.closest(CHECKABLE_WRAPPER) ?? (candidate as HTMLInputElement).labels?.[0] ?? candidate.parentElement)?.textContent)));
    if (box) return box;
  }
  return undefined;
}

/**
 * A date: 长期 ticked where the page has the box for it (and unticked for a date), else the date
 * typed into its box and pressed in its calendar, or pressed in the calendar of a read-only box.
 */
export async function insertDate(field: CollectedField, text: string, waits: Waits): Promise<boolean> {
  const longTerm = longTermBox(field);
  if (text === '长期' && longTerm) return setChecked(longTerm, true, waits);
  const unticked = longTerm ? await setChecked(longTerm, false, waits) : false;
  if (unticked) await nextTurn(field.container.ownerDocument, waits);
  const [library] = controlsOf(field, 'date');
  if (library) return (await typeDate(library.element, text, waits)) || unticked;
  const [picker] = controlsOf(field, 'picker', 'combobox');
  // A calendar with a box to type in takes the date typed (and its day pressed); a read-only one only clicks.
  const typable = picker && [picker.element, ...picker.element.querySelectorAll('input')].find((box): box is HTMLInputElement => isInput(box) && !box.readOnly && !box.disabled && box.type !== 'hidden');
  if (typable) return (await typeDateBox(typable, text, waits)) || unticked;
  if (picker) return (await pickDate(picker.element, text, waits)) || unticked;
  const input = controlsOf(field, 'text')[0]?.element;
  if (!isInput(input)) throw new FillError('no-control', text);
  return (await typeDateBox(input, text, waits)) || unticked;
}
