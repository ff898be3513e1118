import { FillError } from './fill-error';
import { press } from './events';
import { waitFor, type Waits } from './waits';
import { SWITCH_ON, SWITCH_ON_CLASS } from './registry';

/** A switch (el-switch, a-switch, iView's Switch, role="switch", a bare box named a switch): on or off by aria-checked, its checkbox, or its classes. */
export function switchIsOn(widget: Element): boolean {
  const aria = widget.getAttribute('aria-checked') ?? widget.querySelector('[aria-checked]')?.getAttribute('aria-checked');
  if (aria) return aria === 'true';
  const box = widget.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (box) return box.checked;
  return widget.matches(SWITCH_ON) || [...widget.classList].some((token) => SWITCH_ON_CLASS.test(token));
}

export async function setSwitch(widget: HTMLElement, on: boolean, waits: Waits): Promise<boolean> {
  if (switchIsOn(widget) === on) return false;
  // A switch drawn over a checkbox of its own (Semi lays it across the whole switch) is pressed there, where a click lands.
  press(widget.querySelector('input[type="checkbox"]') ?? widget, waits);
  await waitFor(widget.ownerDocument, () => switchIsOn(widget) === on, waits, on ? '是' : '否').catch(() => {
    throw new FillError('not-shown', on ? '是' : '否');
  });
  return true;
}
