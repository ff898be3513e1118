import { isInput } from '../dom';
import { FillError } from './fill-error';
import { dismiss, fire, press, typeText } from './events';
import { nextTurn, waitFor, type Waits } from './waits';
import { visiblePopups } from './popups';

/** Where the libraries draw a date picker's panel. */
const DATE_POPUP = '.el-picker-panel, .ant-picker-dropdown, .ivu-select-dropdown, .ivu-picker-panel-body';

/**
 * A date picker (el-date-picker, a-date-picker, iView's DatePicker): opened, the date typed into
 * its box as a person may, confirmed with Enter, and read back from the box. Between the steps
 * the page takes its turn to open and parse, as it would between a person's keystrokes.
 */
export function dateInput(widget: HTMLElement): HTMLInputElement | undefined {
  return isInput(widget) ? widget : (widget.querySelector<HTMLInputElement>('input:not([type="hidden"])') ?? undefined);
}

export async function typeDate(widget: HTMLElement, date: string, waits: Waits): Promise<boolean> {
  const input = dateInput(widget);
  if (!input) throw new FillError('no-control', date);
  if (input.value === date) return false;
  const before = visiblePopups(widget.ownerDocument, DATE_POPUP);
  press(input, waits);
  await nextTurn(input.ownerDocument, waits);
  typeText(input, date, waits, { stay: true });
  await nextTurn(input.ownerDocument, waits);
  // iView and Element parse the typed date on change; Ant Design commits it on Enter, reading the legacy `which`.
  fire(input, 'change', waits);
  await nextTurn(input.ownerDocument, waits);
  const enter = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 } as KeyboardEventInit;
  fire(input, 'keydown', waits, enter);
  fire(input, 'keyup', waits, enter);
  await nextTurn(input.ownerDocument, waits);
  // A panel left open swallows the next click on the page (iView closes it and stops the click): close it as a person would.
  if ([...visiblePopups(widget.ownerDocument, DATE_POPUP)].some((popup) => !before.has(popup))) {
    dismiss(input, waits);
    await nextTurn(input.ownerDocument, waits);
  }
  fire(input, 'blur', waits);
  await waitFor(widget.ownerDocument, () => input.value === date, waits, date).catch(() => {
    throw new FillError('not-shown', date);
  });
  return true;
}
