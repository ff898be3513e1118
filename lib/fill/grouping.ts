import { CHECKABLE_KINDS, type CollectedControl } from './controls';
import { CHECKABLE_WRAPPER, commonAncestor } from './dom';
import { CHECKABLE_GROUP, type ControlKind } from './widgets/registry';

/**
 * Which controls go together before any caption is read: the options of one question (a radio
 * group, a row of checkboxes), the parts of one field, and which controls each box holds.
 */

/** Kinds that may share a question's box: its options, and a list beside them (the region beside 境内 / 境外). */
const SCOPE_KINDS = new Set<ControlKind>(['radio', 'checkbox', 'select', 'combobox', 'picker']);

/** How far up from an option's own box its siblings are looked for: the row of options a person sees as one question. */
const GROUP_CLIMB = 4;

/**
 * The question a radio or checkbox answers: a library's group, else every input sharing its
 * name, else the options drawn side by side in one box holding nothing else (a row of 是 / 否,
 * a wall of service types), else the option alone (同主体负责人信息).
 */
function groupOf(control: CollectedControl, byName: Map<string, CollectedControl[]>, holders: Map<Element, CollectedControl[]>): HTMLElement {
  const element = control.element;
  const framework = element.closest<HTMLElement>(CHECKABLE_GROUP);
  if (framework) return framework;
  const name = element.getAttribute('name');
  const siblings = name ? byName.get(name) : undefined;
  if (siblings && siblings.length > 1) {
    const box = siblings.slice(1).reduce<Element>((ancestor, other) => commonAncestor(ancestor, other.element), siblings[0]!.element) as HTMLElement;
    // A name shared across fields (a library naming every radio "default") groups nothing: its box holds
    // boxes to type in, or the same option twice (是 … 是).
    const words = siblings.map((sibling) => sibling.option ?? '');
    const acrossFields = (holders.get(box) ?? []).some((other) => !SCOPE_KINDS.has(other.kind)) || new Set(words).size < words.length;
    if (!acrossFields) return box;
  }
  // The nearest box holding other options of the same kind and nothing else.
  const own = element.closest<HTMLElement>(CHECKABLE_WRAPPER) ?? element;
  for (let level = 0, parent = own.parentElement; parent && level < GROUP_CLIMB; level++, parent = parent.parentElement) {
    const held = holders.get(parent) ?? [];
    if (!held.every((other) => other.kind === control.kind)) break;
    if (held.length > 1) return parent;
  }
  return own;
}

/** Controls of one field that are not grouped by markup: cascade levels, rows of a repeatable field. */
export function sameField(a: CollectedControl, b: CollectedControl): boolean {
  // A row's 添加 belongs with the rows it adds.
  if ((a.kind === 'text' && b.kind === 'add-row') || (a.kind === 'add-row' && b.kind === 'text')) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'select' || a.kind === 'combobox') return true;
  if (a.kind !== 'text') return false;
  const name = a.element.getAttribute('name');
  const hint = a.element.getAttribute('placeholder');
  return (!!name && name === b.element.getAttribute('name')) || (!!hint && hint === b.element.getAttribute('placeholder'));
}

/** Controls that can be parts of one field: the sides of a scan, the levels of a region. */
export function samePart(a: CollectedControl, b: CollectedControl): boolean {
  const family = (kind: ControlKind) => (kind === 'upload' ? 'file' : kind === 'combobox' ? 'select' : kind);
  return family(a.kind) === family(b.kind) && !CHECKABLE_KINDS.has(a.kind);
}

/** What a caption is looked for: a control alone, or a question's options together. */
export interface Target {
  element: HTMLElement;
  controls: CollectedControl[];
  checkables: boolean;
}

export function targetsOf(controls: readonly CollectedControl[], holders: Map<Element, CollectedControl[]>): Target[] {
  const byName = new Map<string, CollectedControl[]>();
  for (const control of controls) {
    const name = CHECKABLE_KINDS.has(control.kind) ? control.element.getAttribute('name') : null;
    if (name) byName.set(name, [...(byName.get(name) ?? []), control]);
  }
  const targets: Target[] = [];
  const groups = new Map<HTMLElement, Target>();
  for (const control of controls) {
    if (!CHECKABLE_KINDS.has(control.kind)) {
      targets.push({ element: control.element, controls: [control], checkables: false });
      continue;
    }
    const group = groupOf(control, byName, holders);
    const existing = groups.get(group);
    if (existing) {
      existing.controls.push(control);
      continue;
    }
    const target: Target = { element: group, controls: [control], checkables: true };
    groups.set(group, target);
    targets.push(target);
  }
  return targets;
}

/** Every element that holds a control, and which controls it holds: "is this another field's territory?" in one lookup. */
export function controlsByAncestor(controls: readonly CollectedControl[]): Map<Element, CollectedControl[]> {
  const holders = new Map<Element, CollectedControl[]>();
  for (const control of controls) {
    for (let node: Element | null = control.element; node; node = node.parentElement) {
      const held = holders.get(node);
      if (held) held.push(control);
      else holders.set(node, [control]);
    }
  }
  return holders;
}
