import { FillError, typeText, waitFor, type Waits } from './events';

/**
 * A date picker (el-date-picker, a-date-picker, iView's DatePicker): the date typed into its box
 * as a person may, confirmed with Enter, and read back from the box.
 */
export function dateInput(widget: HTMLElement): HTMLInputElement | undefined {
  return widget instanceof HTMLInputElement ? widget : (widget.querySelector<HTMLInputElement>('input:not([type="hidden"])') ?? undefined);
}

export async function typeDate(widget: HTMLElement, date: string, waits: Waits): Promise<boolean> {
  const input = dateInput(widget);
  if (!input) throw new FillError('no-control', date);
  if (input.value === date) return false;
  typeText(input, date, { enter: true });
  await waitFor(widget.ownerDocument, () => input.value === date, waits, date).catch(() => {
    throw new FillError('not-shown', date);
  });
  return true;
}
