import type { FieldDefinition } from '../pages/types';
import { collectFields, currentControls, opensAList, type CollectedControl, type CollectedField } from './collect';
import { CHECKABLE_WRAPPER, isInput, isTextArea, visible } from './dom';
import type { Match } from './match';
import { cleanText, optionMatches } from './text';
import { YES_WORDS, type FillValue } from './values';
import { chooseCascade } from './widgets/cascader';
import { chooseCombobox, chooseManyCombobox } from './widgets/combobox';
import { typeDate } from './widgets/date';
import { FillError, enterText, fire, nextTurn, typeText, waitFor, type Waits } from './widgets/events';
import { chooseNative, clickButton, setChecked } from './widgets/native';
import { attachFiles, fileInputsOf, shownInUpload, uploadShows } from './widgets/upload';
import { setSwitch } from './widgets/switch';
import { LIST_KINDS, WIDGET_ROOT_SELECTOR, type ControlKind } from './widgets/registry';
import { providerParts } from './provider';
import { cascadePicked, chooseManyPicked, choosePicked, pickDate, typeDateBox } from './widgets/picker';

/**
 * Insert: a value of the profile into the controls the page really has for it — whatever kind
 * they are. Nothing here submits, navigates, or touches captchas, SMS codes or the statement.
 */
/** A field's controls of these kinds, as they are now (a re-rendered widget is found again in the field's box). */
export const controlsOf = (field: CollectedField, ...kinds: ControlKind[]) => currentControls(field).filter((control) => kinds.includes(control.kind));

/** How often a list redrawn while being chosen (layui redraws every select after a cascade loads) is tried again in its new form. */
const REDRAWN_RETRIES = 3;

/** Chooses in the list as the page shows it now, again in its new form when the page redraws it meanwhile. */
async function chooseCurrent(current: () => CollectedControl | undefined, wordings: readonly string[], waits: Waits, codes: readonly string[] = []): Promise<boolean> {
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

async function insertChoice(definition: FieldDefinition, field: CollectedField, options: readonly string[], waits: Waits): Promise<boolean> {
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

async function insertMany(field: CollectedField, options: readonly (readonly string[])[], waits: Waits): Promise<boolean> {
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

const ADD_ROW = /^(\+\s*)?(添加|新增|增加|\+)$/;

const TEXT_BOX = 'input[type="text"], input:not([type])';

/** Text boxes of a field that are not part of a widget: the rows of a repeatable field, the name typed after 其他. */
export function plainTextBoxes(container: Element): HTMLInputElement[] {
  const boxes = [...(container.matches(TEXT_BOX) ? [container as HTMLInputElement] : []), ...container.querySelectorAll<HTMLInputElement>(TEXT_BOX)];
  // A dropdown's search box is the dropdown's, not a box to type a value in.
  return boxes.filter((input) => !input.readOnly && !input.disabled && !input.parentElement?.closest(WIDGET_ROOT_SELECTOR) && !opensAList(input) && visible(input));
}

const ADD_NAME = /添加|新增|增加|^add$|^plus$/i;
const ADD_ICON = /(^|[-_\s])(add|plus)([-_\s]|$)/i;

/**
 * An icon button drawn as a plus: its lines go both across and down (a minus only across). Icon
 * sets draw their plus as one path with a vertical and a horizontal stroke (M256 112v288M400 256H112).
 */
function drawsPlus(button: Element): boolean {
  const strokes = [...button.querySelectorAll('path')].map((path) => path.getAttribute('d') ?? '').join(' ');
  // Straight strokes only (moves, verticals, horizontals): a bin or a pen is drawn with more.
  return /^[MmVvHhZz\d.,\s-]+$/.test(strokes) && /[vV]/.test(strokes) && /[hH]/.test(strokes);
}

/** A row's 添加: a button saying so, or an icon button named or drawn as a plus (Naive draws one per row). */
function addButtonOf(field: CollectedField): HTMLElement | undefined {
  const buttons = [...field.container.querySelectorAll<HTMLElement>('button, a, [role="button"]')].filter((button) => visible(button));
  const says = (button: HTMLElement) => ADD_ROW.test(cleanText(button.textContent).replace(/\s+/g, '')) || ADD_NAME.test(button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '');
  const draws = (button: HTMLElement) => !cleanText(button.textContent) && ([...button.querySelectorAll('[class]')].some((icon) => ADD_ICON.test(icon.getAttribute('class') ?? '')) || drawsPlus(button));
  return buttons.filter(says).at(-1) ?? buttons.filter(draws).at(-1);
}

/** A box that turns each entry into a tag: it says so (按回车, Enter), or sits in a box named for tags. Enter is pressed in no other box. */
function takesTags(input: HTMLInputElement, field: Element): boolean {
  if (/回车|enter/i.test(input.placeholder)) return true;
  for (let node: Element | null = input.parentElement; node && node !== field.parentElement; node = node.parentElement) if (/(^|[-_\s])tag/i.test(node.className)) return true;
  return false;
}

/** A box that takes one value after another, each committed with Enter into a tag (Semi's TagInput): true when it took this one. */
async function typedAsTag(input: HTMLInputElement, row: string, box: Element, waits: Waits): Promise<boolean> {
  typeText(input, row, waits, { stay: true });
  const enter = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 } as KeyboardEventInit;
  fire(input, 'keydown', waits, enter);
  fire(input, 'keypress', waits, enter);
  fire(input, 'keyup', waits, enter);
  await nextTurn(input.ownerDocument, waits);
  return input.value === '' && cleanText(box.textContent).includes(row);
}

/**
 * Rows, one after another as a person enters them: the row typed into the next empty box, a row
 * added (its 添加, found again each time) when there is none, and the page given its turn between
 * rows — a list that copies its rows on each change loses the one before otherwise. A single box
 * with no 添加 that turns each entry into a tag takes them all in turn.
 */
async function insertRows(field: CollectedField, rows: readonly string[], waits: Waits): Promise<boolean> {
  const document = field.container.ownerDocument;
  const inputs = () => plainTextBoxes(field.container);
  const [single, ...others] = inputs();
  if (single && others.length === 0 && !addButtonOf(field) && takesTags(single, field.container)) {
    for (const row of rows) {
      if (!(await typedAsTag(inputs()[0] ?? single, row, field.container, waits))) throw new FillError('no-add-button', row);
    }
    return true;
  }
  let changed = false;
  for (const [index, row] of rows.entries()) {
    while (inputs().length <= index) {
      const add = addButtonOf(field);
      if (!add) throw new FillError('no-add-button', row);
      const before = inputs().length;
      clickButton(add, waits);
      await waitFor(document, () => inputs().length > before, waits, row);
      changed = true;
    }
    changed = (await enterText(inputs()[index]!, row, waits)) || changed;
    await nextTurn(document, waits);
  }
  return changed;
}

async function insertRegion(field: CollectedField, value: Extract<FillValue, { kind: 'region' }>, waits: Waits): Promise<boolean> {
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

/**
 * Scans into a field: all in one pick where its input takes several; else one at a time — into
 * the field's inputs in turn (正面, 反面), or again into its only input — each shown by the
 * widget before the next.
 */
async function insertFiles(field: CollectedField, files: Extract<FillValue, { kind: 'files' }>['files'], waits: Waits): Promise<boolean> {
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

/** After 其他, the page asks for the name in a text box of its own, in the name's field or right after it. */
async function otherNameBox(nameField: CollectedField, waits: Waits): Promise<HTMLInputElement> {
  const places = () => {
    const siblings: Element[] = [nameField.container];
    for (let next = nameField.container.nextElementSibling, count = 0; next && count < 2; next = next.nextElementSibling, count++) siblings.push(next);
    return siblings;
  };
  return waitFor(nameField.container.ownerDocument, () => places().flatMap(plainTextBoxes)[0], waits, '其他').catch(() => {
    throw new FillError('no-other-input');
  });
}

/** Whether a list offers only the provider's scopes (境内, 境外). */
function offersScopesOnly(seen: readonly string[] | undefined): boolean {
  return !!seen?.length && seen.every((option) => ['境内', '境外'].some((scope) => optionMatches(option, scope)));
}

/** A control a person can use now: not disabled, by attribute, ARIA or a library's class. */
function usable(element: Element): boolean {
  return !element.matches('[disabled], [aria-disabled="true"], [class*="disabled"]') && !element.querySelector('input[disabled], [aria-disabled="true"]');
}

/**
 * A provider, part after part as a person fills it: 境内 or 境外, then the region once its list is
 * there, then the name once its list is there — 其他 and the name typed when the list lacks it.
 * The parts are looked for again after each answer: a page shows the next part only then.
 */
async function insertProvider(definition: FieldDefinition, match: Match, page: PageContext, value: Extract<FillValue, { kind: 'provider' }>, waits: Waits): Promise<boolean> {
  const document = match.field.container.ownerDocument;
  let seen = page.fields;
  // The page as last seen while it shows every part; looked at again only when a part is missing.
  const parts = () => {
    const found = providerParts(definition, match, seen, page.definitions);
    const whole = found.region && found.name && [found.region, found.name].every((control) => control.element.isConnected);
    if (whole) return found;
    seen = collectFields(document);
    return providerParts(definition, match, seen, page.definitions);
  };
  let changed = false;
  const scope = value.scope ? parts().scope?.find((radio) => optionMatches(radio.option ?? '', value.scope)) : undefined;
  if (scope) {
    changed = (await setChecked(scope.element, true, waits)) || changed;
    await nextTurn(document, waits);
  } else if (value.scope && parts().scopeList) {
    changed = (await chooseCurrent(() => parts().scopeList, [value.scope], waits)) || changed;
    await nextTurn(document, waits);
  }
  // The region's list may be shown before it can be used (disabled until the scope is chosen, or while it loads).
  await waitFor(document, () => { const { region } = parts(); return region && usable(region.element) ? region : undefined; }, waits, value.region).catch(() => {
    throw new FillError('no-control', value.region);
  });
  try {
    changed = (await chooseCurrent(() => parts().region, [value.region], waits)) || changed;
  } catch (error) {
    // The first list offered only 境内 and 境外: it was the scope, drawn as a list; the region is the next list.
    if (!(error instanceof FillError && error.code === 'no-option' && offersScopesOnly(error.seen)) || !value.scope) throw error;
    const scopeList = parts().region!;
    changed = (await chooseCurrent(() => scopeList, [value.scope], waits)) || changed;
    await nextTurn(document, waits);
    const afterScope = () => {
      const fields = collectFields(document);
      const at = fields.findIndex((candidate) => candidate.controls.some((control) => control.element === scopeList.element || control.element.contains(scopeList.element)));
      return fields.slice(at + 1, at + 3).flatMap((candidate) => controlsOf(candidate, ...LIST_KINDS))[0];
    };
    await waitFor(document, () => { const region = afterScope(); return region && usable(region.element) ? region : undefined; }, waits, value.region);
    changed = (await chooseCurrent(afterScope, [value.region], waits)) || changed;
    seen = collectFields(document);
  }
  await nextTurn(document, waits);
  // The name's list may be shown before it can be used (disabled while its options load).
  const named = await waitFor(document, () => { const { name, nameField } = parts(); return name && nameField && usable(name.element) ? { name, nameField } : undefined; }, waits, value.name).catch(() => {
    throw new FillError('no-name-field', value.name);
  });
  if (named.name.kind === 'text') return (await enterText(named.name.element as HTMLInputElement, value.name, waits)) || changed;
  try {
    return (await chooseCurrent(() => parts().name, [value.name], waits)) || changed;
  } catch (error) {
    if (!(error instanceof FillError) || error.code !== 'no-option') throw error;
    await chooseCurrent(() => parts().name, ['其他'], waits);
    await enterText(await otherNameBox(named.nameField, waits), value.name, waits);
    return true;
  }
}

async function insertFlag(field: CollectedField, on: boolean, waits: Waits): Promise<boolean> {
  const [toggle] = controlsOf(field, 'switch');
  if (toggle) return setSwitch(toggle.element, on, waits);
  const [box] = controlsOf(field, 'checkbox');
  if (!box) throw new FillError('no-control', on ? '是' : '否');
  return setChecked(box.element, on, waits);
}

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
async function insertDate(field: CollectedField, text: string, waits: Waits): Promise<boolean> {
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

async function insertText(field: CollectedField, text: string, waits: Waits): Promise<boolean> {
  const [date] = controlsOf(field, 'date');
  if (date) return typeDate(date.element, text, waits);
  const input = controlsOf(field, 'text')[0]?.element;
  if (!(isInput(input) || isTextArea(input))) throw new FillError('no-control', text);
  return enterText(input, text, waits);
}

/** The page a value goes into: its fields as last seen, and the definitions of the page (a part is never another's field). */
export interface PageContext {
  fields: readonly CollectedField[];
  definitions: readonly FieldDefinition[];
}

export async function insertValue(definition: FieldDefinition, match: Match, page: PageContext, value: FillValue, waits: Waits): Promise<boolean> {
  const field = match.field;
  switch (value.kind) {
    case 'text':
      return definition.kind === 'date' ? insertDate(field, value.text, waits) : insertText(field, value.text, waits);
    case 'choice':
      return insertChoice(definition, field, value.options, waits);
    case 'multi-choice':
      return insertMany(field, value.options, waits);
    case 'rows':
      return insertRows(field, value.rows, waits);
    case 'region':
      return insertRegion(field, value, waits);
    case 'files':
      return await insertFiles(field, value.files, waits);
    case 'provider':
      return insertProvider(definition, match, page, value, waits);
    case 'flag':
      return insertFlag(field, value.on, waits);
  }
}

