import { FillError, press, waitFor, type Waits } from './events';
import { SWITCH_ON } from './registry';

/** A switch (el-switch, a-switch, iView's Switch, role="switch"): on or off by aria-checked or the library's class. */
export function switchIsOn(widget: Element): boolean {
  const aria = widget.getAttribute('aria-checked') ?? widget.querySelector('[aria-checked]')?.getAttribute('aria-checked');
  if (aria) return aria === 'true';
  return widget.matches(SWITCH_ON) || widget.querySelector('input[type="checkbox"]:checked') !== null;
}

export async function setSwitch(widget: HTMLElement, on: boolean, waits: Waits): Promise<boolean> {
  if (switchIsOn(widget) === on) return false;
  press(widget, waits);
  await waitFor(widget.ownerDocument, () => switchIsOn(widget) === on, waits, on ? '是' : '否').catch(() => {
    throw new FillError('not-shown', on ? '是' : '否');
  });
  return true;
}
