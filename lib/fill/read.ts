import type { FieldDefinition, PageDefinition } from '../pages/types';
import { collectFields, elementSelectText, normalise, type CollectedField } from './collect';
import { detectPage } from './detect';
import { matchField } from './engine';
import type { FillValue, FillValues } from './values';

/**
 * Read-back: every mapped field of the page as it stands now (typed by hand or filled), in the
 * same shape as fill values, for the pre-submit check and for capturing a page into a profile.
 * Files are read as their names only; their bytes stay in the page.
 */
const textOf = (element: Element | null | undefined) => (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value.trim() : '');

function checkedOptions(field: CollectedField): string[] {
  return field.controls
    .filter((control) => (control.element instanceof HTMLInputElement ? control.element.checked : control.element.classList.contains('is-checked')))
    .map((control) => control.option ?? '');
}

function selectedText(field: CollectedField): string {
  const select = field.controls.find((control) => control.kind === 'select')?.element;
  if (select instanceof HTMLSelectElement) return select.value ? (select.selectedOptions[0]?.text.trim() ?? '') : '';
  const widget = field.controls.find((control) => control.kind === 'el-select')?.element;
  if (widget) return elementSelectText(widget);
  return checkedOptions(field)[0] ?? '';
}

function readField(definition: FieldDefinition, field: CollectedField, fields: readonly CollectedField[], index: number): FillValue | undefined {
  switch (definition.kind) {
    case 'text':
      return { kind: 'text', text: textOf(field.controls.find((control) => control.kind === 'text')?.element) };
    case 'choice':
    case 'yes-no': {
      const chosen = selectedText(field);
      return { kind: 'choice', options: chosen ? [chosen] : [] };
    }
    case 'multi-choice':
      return { kind: 'multi-choice', options: checkedOptions(field).map((option) => [option]) };
    case 'same-as-principal':
      return { kind: 'flag', on: checkedOptions(field).length > 0 };
    case 'rows':
      return { kind: 'rows', rows: [...field.container.querySelectorAll<HTMLInputElement>('input[type=text], input:not([type])')].map((input) => input.value.trim()).filter(Boolean) };
    case 'region': {
      const selects = field.controls.filter((control) => control.kind === 'select').map((control) => control.element as HTMLSelectElement);
      if (selects.length >= 3) {
        return { kind: 'region', names: selects.map((select) => (select.value ? (select.selectedOptions[0]?.text ?? '') : '')), codes: selects.map((select) => select.value) };
      }
      const cascade = field.container.querySelector<HTMLInputElement>('.el-cascader input');
      return { kind: 'region', names: (cascade?.value ?? '').split('/').map((part) => part.trim()), codes: [] };
    }
    case 'provider': {
      const nameField = fields.slice(index + 1).find((candidate) => candidate.label === '名称');
      const region = field.controls.find((control) => control.kind === 'select' || control.kind === 'el-select');
      const scope = checkedOptions(field)[0] ?? '';
      const regionText = region ? selectedText({ ...field, controls: [region] }) : '';
      const name = nameField ? selectedText(nameField) : '';
      const other = nameField ? textOf([...nameField.container.querySelectorAll('input')].find((input) => input.getClientRects().length > 0 && !input.closest('.el-select'))) : '';
      return { kind: 'provider', scope, region: regionText, name: normalise(name) === '其他' ? other : name };
    }
    case 'file':
    case 'files':
      return undefined;
  }
}

export function readDocument(document: Document, location: Location, page?: PageDefinition): { pageId?: string; values: FillValues } {
  const definition = page ?? detectPage(location, document);
  if (!definition) return { values: {} };
  const fields = collectFields(document);
  const values: FillValues = {};
  for (const field of definition.fields) {
    const match = matchField(field, fields);
    if (!match) continue;
    const value = readField(field, match.field, fields, match.index);
    if (value) values[field.path] = value;
  }
  return { pageId: definition.id, values };
}
