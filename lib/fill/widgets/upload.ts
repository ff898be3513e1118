import type { FilePayload } from '../values';
import { isInput, visible } from '../dom';
import { cleanText } from '../text';
import { fire } from './events';
import { lookFor, nextTurn, type Waits } from './waits';

/**
 * Files go into a file input (native, or the hidden one inside an upload widget) through a
 * DataTransfer, then a change event — several at once into an input that takes several (one
 * pick, as a person selects two files), else one at a time, each confirmed by what the widget
 * shows (its name, or one more picture) before the next, since a widget redraws after each.
 */
function fileOf(payload: FilePayload, view: Window & typeof globalThis): File {
  const binary = view.atob(payload.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new view.File([bytes], payload.name, { type: payload.type });
}

export function fileInputsOf(element: HTMLElement): HTMLInputElement[] {
  return isInput(element) ? [element] : [...element.querySelectorAll<HTMLInputElement>('input[type="file"]')];
}

export function attachFiles(input: HTMLInputElement, payloads: readonly FilePayload[], waits: Waits): boolean {
  const view = input.ownerDocument.defaultView! as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  for (const payload of payloads) transfer.items.add(fileOf(payload, view));
  input.files = transfer.files;
  fire(input, 'input', waits);
  fire(input, 'change', waits);
  return payloads.length > 0;
}

/** What an upload widget shows of the files it holds: their names and its pictures. */
export function uploadShows(box: Element): { names: string; pictures: number } {
  return { names: cleanText(box.textContent), pictures: box.querySelectorAll('img, canvas, [style*="background-image"]').length };
}

/** How long a widget may take to show a file it was given (it may send it to the server first). */
const SHOWN_WITHIN_MS = 8_000;

/**
 * Waits until the widget shows the files: their names, or as many more pictures. A file input on
 * screen shows its files itself; a widget that shows neither says nothing either way, so the wait
 * is bounded, never failed.
 */
export async function shownInUpload(box: Element, input: HTMLInputElement, before: { pictures: number }, names: readonly string[], waits: Waits): Promise<void> {
  const document = box.ownerDocument;
  if (visible(input) && names.every((name) => [...(input.files ?? [])].some((file) => file.name === name))) return;
  await nextTurn(document, waits);
  await lookFor(
    document,
    () => {
      const now = uploadShows(box);
      return names.every((name) => now.names.includes(name)) || now.pictures >= before.pictures + names.length;
    },
    waits,
    names.join('、'),
    SHOWN_WITHIN_MS,
  );
}
