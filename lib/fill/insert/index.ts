import type { FieldDefinition } from '../../pages/types';
import { controlsOf, type CollectedField } from '../collect';
import { isInput, isTextArea } from '../dom';
import type { Match } from '../match';
import type { FillValue } from '../values';
import { typeDate } from '../widgets/date';
import { enterText } from '../widgets/events';
import { FillError } from '../widgets/fill-error';
import { setChecked } from '../widgets/native';
import { setSwitch } from '../widgets/switch';
import type { Waits } from '../widgets/waits';
import { insertChoice, insertMany, insertRegion } from './choices';
import { insertDate } from './dates';
import { insertFiles } from './files';
import { insertProvider } from './provider';
import { insertRows } from './rows';

/**
 * Insert: a value of the profile into the controls the page really has for it — whatever kind
 * they are. Nothing here submits, navigates, or touches captchas, SMS codes or the statement.
 */

/** The page a value goes into: its fields as last seen, and the definitions of the page (a part is never another's field). */
export interface PageContext {
  fields: readonly CollectedField[];
  definitions: readonly FieldDefinition[];
}

async function insertText(field: CollectedField, text: string, waits: Waits): Promise<boolean> {
  const [date] = controlsOf(field, 'date');
  if (date) return typeDate(date.element, text, waits);
  const input = controlsOf(field, 'text')[0]?.element;
  if (!(isInput(input) || isTextArea(input))) throw new FillError('no-control', text);
  return enterText(input, text, waits);
}

async function insertFlag(field: CollectedField, on: boolean, waits: Waits): Promise<boolean> {
  const [toggle] = controlsOf(field, 'switch');
  if (toggle) return setSwitch(toggle.element, on, waits);
  const [box] = controlsOf(field, 'checkbox');
  if (!box) throw new FillError('no-control', on ? '是' : '否');
  return setChecked(box.element, on, waits);
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
      return insertProvider(definition, match, page.fields, page.definitions, value, waits);
    case 'flag':
      return insertFlag(field, value.on, waits);
  }
}
