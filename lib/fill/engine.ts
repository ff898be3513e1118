import type { FieldDefinition, PageDefinition } from '../pages/types';
import { collectFields, normalise, visible, type CollectedControl, type CollectedField } from './collect';
import { detectPage } from './detect';
import {
  FillError,
  assertFillable,
  attachFile,
  chooseCascade,
  chooseElement,
  chooseNative,
  clickButton,
  setChecked,
  typeText,
  waitFor,
  type Waits,
} from './insert';
import type { FillReport, FillReportEntry, FillStatus, FillValue, FillValues } from './values';

/**
 * Match and drive: for each field the page definition knows, find it among the collected fields
 * (by caption and block), then insert the profile's value with the control the page really has.
 * Nothing here submits, navigates, or touches captchas, SMS codes or the statement.
 */
export function matchField(definition: FieldDefinition, fields: readonly CollectedField[]): { field: CollectedField; index: number } | undefined {
  const labels = definition.labels.map(normalise);
  const blocks = definition.blocks?.map(normalise);
  for (const label of labels) {
    const index = fields.findIndex(
      (field) => field.label === label && (!blocks || field.blocks.some((title) => blocks.some((block) => title.includes(block)))),
    );
    if (index >= 0) return { field: fields[index]!, index };
  }
  return undefined;
}

const byKind = (field: CollectedField, ...kinds: CollectedControl['kind'][]) => field.controls.filter((control) => kinds.includes(control.kind));

function optionMatches(control: CollectedControl, wordings: readonly string[]): boolean {
  return wordings.some((wording) => normalise(wording) === control.option);
}

async function insertChoice(field: CollectedField, options: readonly string[], waits: Waits): Promise<boolean> {
  const [select] = byKind(field, 'select');
  if (select) return chooseNative(select.element as HTMLSelectElement, options, waits);
  const [elementSelect] = byKind(field, 'el-select');
  if (elementSelect) return chooseElement(elementSelect.element, options, waits);
  const radio = byKind(field, 'radio', 'el-radio').find((control) => optionMatches(control, options));
  if (radio) return setChecked(radio, true);
  throw new FillError(`no option ${options[0]}`);
}

async function insertRows(field: CollectedField, rows: readonly string[], waits: Waits): Promise<boolean> {
  const inputs = () => [...field.container.querySelectorAll<HTMLInputElement>('input[type=text], input:not([type])')];
  const add = [...field.container.querySelectorAll<HTMLElement>('button')].find((button) => normalise(button.textContent) === '添加');
  let changed = false;
  while (inputs().length < rows.length) {
    if (!add) throw new FillError('no 添加 button');
    const before = inputs().length;
    clickButton(add);
    await waitFor(field.container.ownerDocument, () => inputs().length > before || undefined, waits);
    changed = true;
  }
  rows.forEach((row, index) => {
    changed = typeText(inputs()[index]!, row) || changed;
  });
  return changed;
}

async function insertRegion(field: CollectedField, value: Extract<FillValue, { kind: 'region' }>, waits: Waits): Promise<boolean> {
  const [cascader] = byKind(field, 'el-cascader');
  if (cascader) return chooseCascade(cascader.element, value.names, waits);
  const selects = byKind(field, 'select').map((control) => control.element as HTMLSelectElement);
  if (selects.length < 3) throw new FillError('region needs three selects');
  let changed = false;
  for (const [level, select] of selects.slice(0, 3).entries()) {
    changed = (await chooseNative(select, [value.names[level]!], waits, [value.codes[level]!])) || changed;
  }
  return changed;
}

async function insertFiles(field: CollectedField, files: Extract<FillValue, { kind: 'files' }>['files']): Promise<boolean> {
  const inputs = field.controls.flatMap((control) =>
    control.kind === 'file' ? [control.element as HTMLInputElement] : control.kind === 'el-upload' ? [...control.element.querySelectorAll<HTMLInputElement>('input[type=file]')] : [],
  );
  if (inputs.length === 0) throw new FillError('no file input');
  files.slice(0, inputs.length).forEach((file, index) => attachFile(inputs[index]!, file));
  return files.length > 0;
}

async function insertProvider(
  field: CollectedField,
  fields: readonly CollectedField[],
  index: number,
  value: Extract<FillValue, { kind: 'provider' }>,
  waits: Waits,
): Promise<boolean> {
  const nameField = fields.slice(index + 1).find((candidate) => candidate.label === '名称');
  if (!nameField) throw new FillError('no 名称 field after the region');
  let changed = false;
  const scope = byKind(field, 'radio', 'el-radio').find((control) => control.option === normalise(value.scope));
  if (scope) changed = setChecked(scope, true) || changed;
  changed = (await insertChoice(field, [value.region], waits)) || changed;
  try {
    changed = (await insertChoice(nameField, [value.name], waits)) || changed;
  } catch (error) {
    if (!(error instanceof FillError)) throw error;
    await insertChoice(nameField, ['其他'], waits);
    const other = await waitFor(field.container.ownerDocument, () =>
      [...nameField.container.querySelectorAll<HTMLInputElement>('input[type=text], input:not([type])')].find(
        (input) => input.getClientRects().length > 0 && !input.closest('.el-select'),
      ),
    waits);
    typeText(other, value.name);
    changed = true;
  }
  return changed;
}

async function insert(
  definition: FieldDefinition,
  field: CollectedField,
  fields: readonly CollectedField[],
  index: number,
  value: FillValue,
  waits: Waits,
): Promise<boolean> {
  assertFillable(field);
  switch (value.kind) {
    case 'text': {
      const input = field.controls.find((control) => control.kind === 'text')?.element;
      if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new FillError('no text box');
      return typeText(input, value.text);
    }
    case 'choice':
      return insertChoice(field, value.options, waits);
    case 'multi-choice': {
      const boxes = byKind(field, 'checkbox', 'el-checkbox');
      if (boxes.length === 0) throw new FillError('no checkboxes');
      const missing = value.options.filter((wordings) => !boxes.some((box) => optionMatches(box, wordings)));
      if (missing.length) throw new FillError(`no option ${missing.map((wordings) => wordings[0]).join(', ')}`);
      let changed = false;
      for (const box of boxes) changed = setChecked(box, value.options.some((wordings) => optionMatches(box, wordings))) || changed;
      return changed;
    }
    case 'rows':
      return insertRows(field, value.rows, waits);
    case 'region':
      return insertRegion(field, value, waits);
    case 'files':
      return insertFiles(field, value.files);
    case 'provider':
      return insertProvider(field, fields, index, value, waits);
    case 'flag': {
      const [box] = byKind(field, 'checkbox', 'el-checkbox');
      if (!box) throw new FillError(`no checkbox for ${definition.labels[0]}`);
      return setChecked(box, value.on);
    }
  }
}

export async function fillDocument(document: Document, location: Location, values: FillValues, page?: PageDefinition): Promise<FillReport> {
  const started = performance.now();
  const waits: Waits = { waitedMs: 0 };
  const definition = page ?? detectPage(location, document);
  if (!definition) return { entries: [], workMs: 0 };
  const entries: FillReportEntry[] = [];
  let fields = collectFields(document);
  // After a field that reshapes the page, the collection is only looked at again when a lookup
  // misses or lands on a field the page has since hidden or removed.
  let stale = false;
  const find = (field: FieldDefinition) => {
    const match = matchField(field, fields);
    if (!stale || (match && match.field.container.isConnected && visible(match.field.container))) return match;
    fields = collectFields(document);
    stale = false;
    return matchField(field, fields);
  };
  for (const field of definition.fields) {
    const value = values[field.path];
    const label = field.labels[0]!;
    const report = (status: FillStatus, reason?: string) => entries.push({ path: field.path, label, status, ...(reason ? { reason } : {}) });
    if (!value) {
      if (find(field)) report('not-in-profile');
      continue;
    }
    const match = find(field);
    if (!match) {
      if (!field.optional) report('not-found');
      continue;
    }
    try {
      const changed = await insert(field, match.field, fields, match.index, value, waits);
      report(changed ? 'filled' : 'already');
    } catch (error) {
      report('failed', error instanceof Error ? error.message : String(error));
    }
    if (field.reshapes) {
      // Vue and React re-render in a microtask after the change; jQuery pages synchronously.
      await new Promise<void>((settle) => queueMicrotask(settle));
      stale = true;
    }
  }
  return { pageId: definition.id, pageTitle: definition.title, entries, workMs: performance.now() - started - waits.waitedMs };
}
