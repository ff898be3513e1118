import { findCaptions, type Caption } from './captions';
import { findControls, type CollectedControl } from './controls';
import { commonAncestor, formScope, visible } from './dom';
import { controlsByAncestor, sameField, samePart, targetsOf, type Target } from './grouping';
import { assignBlocks } from './headings';
import type { ControlKind } from './widgets/registry';

/**
 * Collect: every field on the page as a person sees it — its caption, the block heading above
 * it, and its controls (native ones, or a component library's widget as one control). Fields are
 * whatever shares a caption: three cascading selects under 负责人常住地, 境内/境外 radios with the
 * region select beside them, a row of checkboxes.
 */

export interface CollectedField {
  /** The caption a person reads, then second opinions (the hint inside the control, a lone checkbox's own words). */
  captions: Caption[];
  /** The first caption as shown, for the report. */
  label: string;
  /** Headings above the field, nearest first, in canonical form. */
  blocks: string[];
  /** The smallest element holding the caption and the controls. */
  container: HTMLElement;
  controls: CollectedControl[];
  /** Order on the page. */
  index: number;
}

/**
 * The field's territory: from where its controls are, out to the largest element that holds no
 * other field's controls. Rows added later, and the box a page shows after 其他, appear in it.
 */
function territoryOf(controls: readonly CollectedControl[], holders: Map<Element, CollectedControl[]>): HTMLElement {
  const own = new Set(controls);
  let territory = controls.slice(1).reduce<Element>((ancestor, control) => commonAncestor(ancestor, control.element), controls[0]!.element);
  for (let parent = territory.parentElement; parent && parent.tagName !== 'FORM' && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if ((holders.get(parent) ?? []).some((control) => !own.has(control))) break;
    territory = parent;
  }
  return territory as HTMLElement;
}

/**
 * A field's controls as they are now: a library that re-renders a widget (layui redraws every
 * select of the form after a cascade loads) leaves the field's box in place with new controls in it.
 */
export function currentControls(field: CollectedField): CollectedControl[] {
  if (field.controls.every((control) => control.element.isConnected)) return field.controls;
  return field.container.isConnected ? findControls(field.container, visible) : [];
}

/** A field's controls of these kinds, as they are now (a re-rendered widget is found again in the field's box). */
export const controlsOf = (field: CollectedField, ...kinds: ControlKind[]) => currentControls(field).filter((control) => kinds.includes(control.kind));

/** Every visible field of the document, in document order. `isVisible` is a seam for tests without layout. */
export function collectFields(document: Document, isVisible: (element: Element) => boolean = visible): CollectedField[] {
  const scope = formScope(document);
  const controls = findControls(scope, isVisible);
  const holders = controlsByAncestor(controls);
  const targets = targetsOf(controls, holders);
  const ownerOf = new Map<CollectedControl, Target>();
  for (const target of targets) for (const control of target.controls) ownerOf.set(control, target);

  // First, what each control (or group) shows as its own caption; then, for those that show none
  // — a provider's radios beside its region select, 正面 and 反面 — the caption of the box they
  // share, where only captionless controls count as company.
  const captionsOf = new Map<Target, Caption[]>();
  const find = (target: Target, strict: boolean) => {
    const own = new Set(target.controls);
    const kind = target.controls[0]!;
    const foreign = (element: Element) =>
      (holders.get(element) ?? []).some(
        (control) => !own.has(control) && (target.checkables || !sameField(kind, control)) && (strict || (captionsOf.get(ownerOf.get(control)!)?.length ?? 0) > 0),
      );
    return findCaptions({ target: target.element, foreign }, { checkables: target.checkables });
  };
  for (const target of targets) captionsOf.set(target, find(target, true));
  const captionless = targets.filter((target) => captionsOf.get(target)!.length === 0);
  const captioned = (target: Target) => captionsOf.get(target)!.length > 0;
  // A control inside a captioned group's box (the region select beside 境内/境外) answers the same question.
  const groupAround = (target: Target) => targets.find((group) => group !== target && group.checkables && captioned(group) && group.element.contains(target.element));
  // A control of the same kind sharing a box with a captioned one, and nothing else, is its other part (反面 beside 正面).
  const partner = (target: Target) =>
    targets.find((other) => {
      if (other === target || !captioned(other) || !samePart(other.controls[0]!, target.controls[0]!)) return false;
      const box = commonAncestor(other.element, target.element);
      return (holders.get(box) ?? []).every((control) => ownerOf.get(control) === other || !captioned(ownerOf.get(control)!));
    });
  const shared = captionless.map((target) => {
    const joined = groupAround(target) ?? partner(target);
    return [target, joined ? captionsOf.get(joined)! : find(target, false)] as const;
  });
  for (const [target, captions] of shared) captionsOf.set(target, captions);

  const fields = new Map<Node, CollectedField>();
  const ordered: CollectedField[] = [];
  const firstElements = new Map<Element, CollectedField>();
  const captionAnchors = new Set<Node>();
  for (const target of targets) {
    const captions = [...captionsOf.get(target)!];
    const [only, ...others] = target.controls;
    // A lone checkbox or switch says what it is beside itself (同主体负责人信息).
    if (only?.option && others.length === 0 && (target.checkables || only.kind === 'switch')) {
      captions.unshift({ text: only.option, anchor: only.element, source: 'option' });
    }
    const anchor = captions[0]?.anchor ?? target.element;
    // A field's caption is never a block's heading; a second opinion read from the text before it (a
    // switch's block title) still may be.
    captions.forEach((caption, index) => {
      if (index === 0 || caption.source !== 'previous-text') captionAnchors.add(caption.anchor);
    });
    let field = fields.get(anchor);
    if (!field) {
      field = { captions, label: captions[0]?.text ?? '', blocks: [], container: target.element, controls: [], index: ordered.length };
      fields.set(anchor, field);
      ordered.push(field);
      firstElements.set(target.controls[0]!.element, field);
    }
    field.controls.push(...target.controls);
  }
  for (const field of ordered) field.container = territoryOf(field.controls, holders);
  // The headings that count are the form's: in a dialog, those of the page behind it are not.
  assignBlocks(scope, firstElements, captionAnchors, isVisible);
  return ordered;
}
