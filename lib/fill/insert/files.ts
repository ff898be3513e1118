import { controlsOf, type CollectedField } from '../collect';
import type { FillValue } from '../values';
import { FillError } from '../widgets/fill-error';
import { attachFiles, fileInputsOf, shownInUpload, uploadShows } from '../widgets/upload';
import type { Waits } from '../widgets/waits';

/**
 * Scans into a field: all in one pick where its input takes several; else one at a time — into
 * the field's inputs in turn (正面, 反面), or again into its only input — each shown by the
 * widget before the next.
 */
export async function insertFiles(field: CollectedField, files: Extract<FillValue, { kind: 'files' }>['files'], waits: Waits): Promise<boolean> {
  const inputs = () => controlsOf(field, 'file', 'upload').flatMap((control) => fileInputsOf(control.element));
  const [first, ...more] = inputs();
  if (!first) throw new FillError('no-control', files[0]?.name);
  const box = field.container;
  // An input that takes several takes them all in one pick (a widget's other inputs replace a file).
  const several = files.length > 1 ? inputs().find((input) => input.multiple) : first.multiple && more.length === 0 ? first : undefined;
  if (several) {
    const before = uploadShows(box);
    attachFiles(several, files, waits);
    await shownInUpload(box, several, before, files.map((file) => file.name), waits);
    return files.length > 0;
  }
  const separate = more.length + 1 >= files.length;
  // The next slot: the one after the slot just filled, or the same place when the filled slot gave up its input (its limit reached).
  let slot = 0;
  for (const file of files) {
    const available = inputs();
    const input = separate ? available[slot] : available[0];
    if (!input) throw new FillError('no-control', file.name);
    const before = uploadShows(box);
    attachFiles(input, [file], waits);
    await shownInUpload(box, input, before, [file.name], waits);
    if (inputs().length >= available.length) slot++;
  }
  return files.length > 0;
}
