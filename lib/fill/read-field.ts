import { isInput, isTextArea } from './dom';
import type { FieldDefinition } from '../pages/types';
import { controlsOf, type CollectedField } from './collect';
import type { CollectedControl } from './controls';
import { plainTextBoxes } from './insert/rows';
import type { Match } from './match';
import { cleanText, optionMatches } from './text';
import type { FillValue } from './values';
import { cascaderLevels } from './widgets/cascader';
import { comboboxChoices, comboboxText } from './widgets/combobox';
import { dateInput } from './widgets/date';
import { isChecked, selectedText } from './widgets/native';
import { switchIsOn } from './widgets/switch';
import { pickerText } from './widgets/picker';
import { providerParts } from './provider';
import { LIST_KINDS } from './widgets/registry';

/**
 * Read-back: every field of the page as it stands now (typed by hand or filled), in the same
 * shape as fill values, for the pre-submit check and for capturing a page into a profile.
 * Files are not read: their bytes stay in the page.
 */
function listText(control: CollectedControl | undefined): string {
  if (!control) return '';
  if (control.kind === 'select') return selectedText(control.element as HTMLSelectElement);
  if (control.kind === 'combobox') return comboboxText(control.element);
  if (control.kind === 'picker') return pickerText(control.element);
  if (control.kind === 'text') return cleanText((control.element as HTMLInputElement).value);
  return '';
}

const checkedOptions = (field: CollectedField, kind: 'radio' | 'checkbox') =>
  controlsOf(field, kind)
    .filter((control) => isChecked(control.element))
    .map((control) => control.option ?? '');

export function choiceOf(definition: FieldDefinition, field: CollectedField): string {
  const list = controlsOf(field, ...LIST_KINDS)[0];
  if (list) return listText(list);
  const [radio] = checkedOptions(field, 'radio');
  if (radio !== undefined || controlsOf(field, 'radio').length) return radio ?? '';
  if (definition.kind !== 'yes-no') return '';
  const [toggle] = controlsOf(field, 'switch');
  if (toggle) return switchIsOn(toggle.element) ? '是' : '否';
  const [box] = controlsOf(field, 'checkbox');
  return box ? (isChecked(box.element) ? '是' : '否') : '';
}

function textOf(field: CollectedField): string {
  const [date] = controlsOf(field, 'date');
  if (date) return cleanText(dateInput(date.element)?.value);
  const [picker] = controlsOf(field, 'picker');
  if (picker && !controlsOf(field, 'text').length) return pickerText(picker.element);
  const input = controlsOf(field, 'text')[0]?.element;
  return isInput(input) || isTextArea(input) ? input.value.trim() : '';
}

function regionOf(field: CollectedField): FillValue {
  const [cascader] = controlsOf(field, 'cascader');
  if (cascader) return { kind: 'region', names: cascaderLevels(cascader.element), codes: [] };
  const levels = controlsOf(field, ...LIST_KINDS);
  if (levels.length === 1 && levels[0]!.kind === 'picker') return { kind: 'region', names: pickerText(levels[0]!.element).split(/\s*[/／>]\s*/).filter(Boolean), codes: [] };
  return {
    kind: 'region',
    names: levels.map(listText),
    codes: levels.map((level) => (level.kind === 'select' ? (level.element as HTMLSelectElement).value : '')),
  };
}

function providerOf(definition: FieldDefinition, match: Match, fields: readonly CollectedField[], definitions: readonly FieldDefinition[]): FillValue {
  const parts = providerParts(definition, match, fields, definitions);
  const scope = parts.scope?.find((radio) => isChecked(radio.element))?.option ?? listText(parts.scopeList);
  let name = listText(parts.name);
  if (optionMatches(name, '其他') && parts.nameField) {
    name = plainTextBoxes(parts.nameField.container).find((input) => input.value.trim())?.value.trim() ?? '';
  }
  return { kind: 'provider', scope, region: listText(parts.region), name };
}

export function readField(definition: FieldDefinition, match: Match, fields: readonly CollectedField[], definitions: readonly FieldDefinition[]): FillValue | undefined {
  const field = match.field;
  switch (definition.kind) {
    case 'text':
    case 'date':
      return { kind: 'text', text: textOf(field) };
    case 'choice':
    case 'yes-no': {
      const chosen = choiceOf(definition, field);
      return { kind: 'choice', options: chosen ? [chosen] : [] };
    }
    case 'multi-choice': {
      const boxes = checkedOptions(field, 'checkbox');
      const list = controlsOf(field, 'combobox', 'picker')[0];
      const listed = (control: CollectedControl) => (control.kind === 'combobox' ? comboboxChoices(control.element) : pickerText(control.element).split(/\s*[,，、]\s*|\s+/).filter(Boolean));
      const chosen = controlsOf(field, 'checkbox').length || !list ? boxes : listed(list);
      return { kind: 'multi-choice', options: chosen.map((option) => [option]) };
    }
    case 'same-as-principal': {
      const [toggle] = controlsOf(field, 'switch');
      return { kind: 'flag', on: toggle ? switchIsOn(toggle.element) : checkedOptions(field, 'checkbox').length > 0 };
    }
    case 'rows':
      return { kind: 'rows', rows: plainTextBoxes(field.container).map((input) => input.value.trim()).filter(Boolean) };
    case 'region':
      return regionOf(field);
    case 'provider':
      return providerOf(definition, match, fields, definitions);
    case 'files':
      return undefined;
  }
}

