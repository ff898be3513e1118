import type { FilePayload } from '../values';
import { fire, type Waits } from './events';

/** Files go into a file input (native, or the hidden one inside an upload widget) through a DataTransfer, then a change event. */
function fileOf(payload: FilePayload, view: Window & typeof globalThis): File {
  const binary = view.atob(payload.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new view.File([bytes], payload.name, { type: payload.type });
}

export function fileInputsOf(element: HTMLElement): HTMLInputElement[] {
  return element instanceof HTMLInputElement ? [element] : [...element.querySelectorAll<HTMLInputElement>('input[type="file"]')];
}

export function attachFile(input: HTMLInputElement, payload: FilePayload, waits: Waits): boolean {
  const view = input.ownerDocument.defaultView! as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  transfer.items.add(fileOf(payload, view));
  input.files = transfer.files;
  fire(input, 'input', waits);
  fire(input, 'change', waits);
  return true;
}
