import type { FieldDefinition } from '../../pages/types';
import { collectFields, controlsOf, type CollectedField } from '../collect';
import type { CollectedControl } from '../controls';
import { optionMatches } from '../text';
import { YES_WORDS, type FillValue } from '../values';
import { chooseCascade } from '../widgets/cascader';
import { chooseCombobox, chooseManyCombobox } from '../widgets/combobox';
import { FillError } from '../widgets/fill-error';
import { chooseNative, setChecked } from '../widgets/native';
import { cascadePicked, chooseManyPicked, choosePicked } from '../widgets/picker';
import { LIST_KINDS } from '../widgets/registry';
import { setSwitch } from '../widgets/switch';
import { nextTurn, waitFor, type Waits } from '../widgets/waits';

/**
 * A choice in whatever the page draws it with: a list as the page shows it now, radios, a broad
 * option and then the narrower one, checkboxes, a switch; a place level by level.
 */

/** How often a list redrawn while being chosen (layui redraws every select after a cascade loads) is tried again in its new form. */
const REDRAWN_RETRIES = 3;

/** Chooses in the list as the page shows it now, again in its new form when the page redraws it meanwhile. */
export async function chooseCurrent(current: () => CollectedControl | undefined, wordings: readonly string[], waits: Waits, codes: readonly string[] = []): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const control = current();
    if (!control) throw new FillError('no-control', wordings[0]);
    try {
      return await choose(control, wordings, waits, codes);
    } catch (error) {
      const redrawn = !control.element.isConnected || (error instanceof FillError && error.code === 'redrawn');
      if (!redrawn || attempt >= REDRAWN_RETRIES) throw error;
      await nextTurn(control.element.ownerDocument, waits);
    }
  }
}

async function choose(control: CollectedControl, wordings: readonly string[], waits: Waits, codes: readonly string[] = []): Promise<boolean> {
  if (control.kind === 'select') return chooseNative(control.element as HTMLSelectElement, wordings, waits, codes);
  if (control.kind === 'combobox') return chooseCombobox(control.element, wordings, waits);
  if (control.kind === 'picker') return choosePicked(control.element, wordings, waits);
  throw new FillError('no-control', wordings[0]);
}

/** Fields after a broad choice where a page asks for the narrower one. */
const NARROWER_AHEAD = 2;

/**
 * A choice asked in two steps (单位, then 企业单位 in a field of its own): the broad option, then —
 * once the page shows it — the option itself in the list or radios right after.
 */
async function insertNarrowed(field: CollectedField, broad: CollectedControl, options: readonly string[], waits: Waits): Promise<boolean> {
  const document = field.container.ownerDocument;
  await setChecked(broad.element, true, waits);
  await nextTurn(document, waits);
  const narrower = await waitFor(
    document,
    () => {
      const fields = collectFields(document);
      const at = fields.findIndex((candidate) => candidate.container === field.container || candidate.container.contains(broad.element));
      if (at < 0) return undefined;
      return fields.slice(at, at + 1 + NARROWER_AHEAD).flatMap((candidate) => controlsOf(candidate, ...LIST_KINDS))[0];
    },
    waits,
    options[0] ?? '',
  ).catch(() => {
    throw new FillError('no-option', options[0], controlsOf(field, 'radio').map((control) => control.option ?? ''));
  });
  return choose(narrower, options, waits);
}

export async function insertChoice(definition: FieldDefinition, field: CollectedField, options: readonly string[], waits: Waits): Promise<boolean> {
  const [list] = controlsOf(field, ...LIST_KINDS);
  const radios = controlsOf(field, 'radio');
  if (list && radios.length === 0) return chooseCurrent(() => controlsOf(field, ...LIST_KINDS)[0], options, waits);
  const radio = radios.find((control) => options.some((wording) => optionMatches(control.option ?? '', wording)));
  if (radio) return setChecked(radio.element, true, waits);
  const broader = definition.broader;
  const broad = broader && !broader.except.some((wording) => options.some((option) => optionMatches(option, wording))) ? radios.find((control) => optionMatches(control.option ?? '', broader.wording)) : undefined;
  if (broad) return insertNarrowed(field, broad, options, waits);
  if (list) return chooseCurrent(() => controlsOf(field, ...LIST_KINDS)[0], options, waits);
  const yes = options.some((wording) => YES_WORDS.includes(wording));
  if (definition.kind === 'yes-no') {
    const [toggle] = controlsOf(field, 'switch');
    if (toggle) return setSwitch(toggle.element, yes, waits);
    const [box] = controlsOf(field, 'checkbox');
    if (box && radios.length === 0) return setChecked(box.element, yes, waits);
  }
  throw new FillError('no-option', options[0], radios.map((control) => control.option ?? ''));
}

export async function insertMany(field: CollectedField, options: readonly (readonly string[])[], waits: Waits): Promise<boolean> {
  const boxes = controlsOf(field, 'checkbox');
  if (boxes.length === 0) {
    const [list] = controlsOf(field, 'combobox', 'picker');
    if (list?.kind === 'combobox') return chooseManyCombobox(list.element, options, waits);
    if (list) return chooseManyPicked(list.element, options, waits);
    throw new FillError('no-control', options[0]?.[0]);
  }
  const wanted = (box: CollectedControl) => options.some((wordings) => wordings.some((wording) => optionMatches(box.option ?? '', wording)));
  const missing = options.filter((wordings) => !boxes.some((box) => wordings.some((wording) => optionMatches(box.option ?? '', wording))));
  if (missing.length) throw new FillError('no-option', missing.map((wordings) => wordings[0]).join('、'), boxes.map((box) => box.option ?? ''));
  let changed = false;
  for (const box of boxes) changed = (await setChecked(box.element, wanted(box), waits)) || changed;
  return changed;
}

export async function insertRegion(field: CollectedField, value: Extract<FillValue, { kind: 'region' }>, waits: Waits): Promise<boolean> {
  const [cascader] = controlsOf(field, 'cascader');
  if (cascader) return chooseCascade(cascader.element, value.names, waits);
  const levels = () => controlsOf(field, ...LIST_KINDS);
  const [single] = levels();
  // One list for the whole place: a cascade, whatever draws it.
  if (single && single.kind !== 'select' && levels().length === 1) return cascadePicked(single.element, value.names, waits);
  if (levels().length < 2) throw new FillError('no-control', value.names.join(' / '));
  let changed = false;
  // Each level is looked up again: choosing one may redraw the others.
  for (const [level, name] of value.names.entries()) {
    if (!levels()[level]) break;
    changed = (await chooseCurrent(() => levels()[level], [name], waits, [value.codes[level]!])) || changed;
  }
  return changed;
}
