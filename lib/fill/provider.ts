import type { FieldDefinition } from '../pages/types';
import { currentControls, type CollectedField } from './collect';
import type { CollectedControl } from './controls';
import { isScope, reading, type Match } from './match';
import { LIST_KINDS } from './widgets/registry';

/**
 * A provider (接入服务商, 域名服务商) is three parts a person fills in turn: 境内 or 境外, the
 * region, the name — laid out in one row or three, the later parts often shown only once the
 * earlier is answered. The parts are found by what they are, from the field that names the
 * provider on: the scope by its two options, the region as the first list, the name as the last
 * list of the row or the field after the region whose caption reads as a name.
 */
/** Fields after the provider's own that may still be its parts. */
const PARTS_AHEAD = 3;

const lists = (field: CollectedField) => currentControls(field).filter((control) => LIST_KINDS.includes(control.kind));

export interface ProviderParts {
  scope?: CollectedControl[];
  /** The scope drawn as a list (境内 / 境外 in a select), before the region's. */
  scopeList?: CollectedControl;
  region?: CollectedControl;
  name?: CollectedControl;
  /** The field holding the name, where the box typed after 其他 appears. */
  nameField?: CollectedField;
}

/** The same field on the page as it is now: the same box, or the same caption at the same place. */
function findAgain(field: CollectedField, fields: readonly CollectedField[]): number {
  const same = fields.findIndex((candidate) => candidate.container === field.container);
  if (same >= 0) return same;
  return fields.findIndex((candidate) => candidate.label === field.label && candidate.container.isConnected);
}

/**
 * The parts of a provider as the page shows them now, from the field that names it on. A field
 * after the region is its name only when its caption reads as a provider's name better than as
 * any other field of the page (技术支持单位名称 is the technical support's, not the provider's).
 */
export function providerParts(definition: FieldDefinition, match: Match, fields: readonly CollectedField[], rivals: readonly FieldDefinition[]): ProviderParts {
  const at = findAgain(match.field, fields);
  if (at < 0) return {};
  const window = fields.slice(Math.max(0, at - 1), at + 1 + PARTS_AHEAD);
  const own = fields[at]!;
  const parts: ProviderParts = {};
  const scopeField = [own, fields[at - 1], fields[at + 1]].find((field) => field && isScope(field));
  if (scopeField) parts.scope = currentControls(scopeField).filter((control) => control.kind === 'radio');
  const rowLists = lists(own);
  const after = window.slice(window.indexOf(own));
  const readsAsName = (field: CollectedField) => {
    const asName = reading(field, definition.nameLabels ?? []);
    return asName > 0 && rivals.every((rival) => rival === definition || Math.max(reading(field, rival.labels), reading(field, rival.nameLabels ?? [])) <= asName);
  };
  const nameAfter = (from: CollectedField) =>
    after.slice(after.indexOf(from) + 1).find((field) => readsAsName(field) && (lists(field).length > 0 || currentControls(field).some((control) => control.kind === 'text')));
  // A row of lists: scope, region and name; or, with the name in a field of its own after it, the scope and the region.
  if (rowLists.length >= 3) return { ...parts, scopeList: rowLists[0], region: rowLists[1], name: rowLists.at(-1), nameField: own };
  if (rowLists.length === 2) {
    // With its scope already answered by radios, a row's two lists are the region and the name.
    const named = parts.scope ? undefined : nameAfter(own);
    if (!named) return { ...parts, region: rowLists[0], name: rowLists[1], nameField: own };
    return { ...parts, scopeList: rowLists[0], region: rowLists[1], name: lists(named)[0] ?? currentControls(named).find((control) => control.kind === 'text'), nameField: named };
  }
  const regionField = after.find((field) => lists(field).length > 0);
  if (!regionField) return parts;
  parts.region = lists(regionField)[0];
  const nameField = nameAfter(regionField);
  if (nameField) {
    parts.nameField = nameField;
    parts.name = lists(nameField)[0] ?? currentControls(nameField).find((control) => control.kind === 'text');
  }
  return parts;
}
