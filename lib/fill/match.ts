import { NEVER_FILL_CAPTIONS } from '../pages/guards';
import type { FieldDefinition, FieldKind } from '../pages/types';
import { currentControls, type CollectedField } from './collect';
import type { CollectedControl } from './controls';
import { optionMatches } from './text';
import { LIST_KINDS } from './widgets/registry';
import { canonical } from './text';
import type { DemonstratedStep } from '../pages/demonstration';

/**
 * Match: which field on the page each definition means. Captions are compared by meaning (see
 * `similarity`), only with fields whose controls can hold that kind of value; block headings
 * settle captions that repeat, and where a page has none, the order of the page does (subject
 * before people, security before liaison). One field answers one definition.
 */

/** How close a caption is to a wording, both in canonical form: 1 for the same words, 0 for unrelated ones. */
export function similarity(caption: string, wording: string): number {
  if (!caption || !wording) return 0;
  if (caption === wording) return 1;
  const [short, long] = caption.length <= wording.length ? [caption, wording] : [wording, caption];
  const ratio = short.length / long.length;
  if (long.includes(short)) {
    // The caption says more than the wording (网站负责人姓名 ⊃ 负责人姓名), or shortens it (手机 ⊂ 手机号码).
    if (short === wording) return short.length >= 2 ? 0.6 + 0.3 * ratio : 0;
    return ratio > 0.5 ? 0.5 + 0.3 * ratio : 0;
  }
  // A word left out or added in the middle: 办公电话 / 办公室电话.
  if (ratio >= 0.6 && isSubsequence(short, long)) return 0.4 + 0.3 * ratio;
  // The same stem, another last word: 前置审批类别 / 前置审批内容. Weak alone: context must confirm it.
  const stem = commonPrefix(caption, wording);
  if (stem >= MIN_STEM && stem / short.length >= 0.6) return 0.45 + 0.2 * (stem / long.length);
  return 0;
}

const MIN_STEM = 4;

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
}

const MATCH_THRESHOLD = 0.55;
/**
 * Below this, a caption reads as the wording only loosely (a shared stem, a long word left out):
 * the field gets a value only when the page confirms it (its block's heading, the question it
 * follows); else it is reported as doubtful, for the person to 指定.
 */
export const CONFIDENT = 0.6;
/** A second opinion (a placeholder under a caption, a checkbox's own words) counts a little less than the caption itself. */
const SECOND_OPINION = 0.97;
const BLOCK_WEIGHT = 0.25;
/** How many fields after its question a following field may be. */
const FOLLOWS_WITHIN = 2;
const SPECIFICITY = 0.002;
/** Scores this close read the caption equally well. */
const AMBIGUOUS = 0.05;

const count = (field: CollectedField, ...kinds: CollectedControl['kind'][]) => field.controls.filter((control) => kinds.includes(control.kind)).length;

/** Whether the field's controls can hold a value of this kind. */
export function fits(kind: FieldKind, field: CollectedField): boolean {
  switch (kind) {
    case 'text':
      return count(field, 'text', 'date') > 0;
    case 'date':
      return count(field, 'date', 'text', 'picker', 'combobox') > 0;
    case 'choice':
      return count(field, 'select', 'combobox', 'picker') > 0 || count(field, 'radio') >= 2;
    case 'yes-no':
      return count(field, 'select', 'combobox', 'picker', 'switch') > 0 || count(field, 'radio') >= 2 || count(field, 'checkbox') === 1;
    case 'multi-choice':
      return count(field, 'checkbox') > 0 || count(field, 'combobox', 'picker') > 0;
    case 'rows':
      return count(field, 'text', 'add-row') > 0;
    case 'region':
      // A place is one cascading widget (a single dropdown may cascade too), or native selects, one per level.
      return count(field, 'cascader', 'picker', 'combobox') > 0 || count(field, 'select') >= 2;
    case 'files':
      return count(field, 'file', 'upload') > 0;
    case 'provider':
      return count(field, ...LIST_KINDS) > 0 || isScope(field);
    case 'same-as-principal':
      return count(field, 'checkbox', 'switch') > 0;
  }
}

const SCOPES = ['境内', '境外'];

/** A provider's 境内 / 境外 question: radios offering both. */
export function isScope(field: CollectedField): boolean {
  const radios = currentControls(field).filter((control) => control.kind === 'radio');
  return radios.length >= 2 && SCOPES.every((scope) => radios.some((radio) => optionMatches(radio.option ?? '', scope)));
}

export function refused(field: CollectedField): boolean {
  return field.captions.some((caption) => NEVER_FILL_CAPTIONS.some((pattern) => pattern.test(caption.text)));
}

/** Scores already worked out, caption by wording: every look at the page compares the same captions with the same wordings. */
const similarities = new Map<string, Map<string, number>>();
function similarityOf(caption: string, wording: string): number {
  let byWording = similarities.get(caption);
  if (!byWording) similarities.set(caption, (byWording = new Map()));
  let score = byWording.get(wording);
  if (score === undefined) {
    score = similarity(caption, wording);
    byWording.set(wording, score);
  }
  return score;
}

const canonicalForms = new Map<string, string>();
function canonicalOf(text: string): string {
  let form = canonicalForms.get(text);
  if (form === undefined) {
    form = canonical(text);
    canonicalForms.set(text, form);
  }
  return form;
}

/**
 * The best caption score of a field for a set of wordings. A wording no other definition of the
 * page shares is a little stronger evidence, the longer it is: 单位证件号 is the unit's before it
 * is anybody's 证件号; two blocks with the same wordings stay level, for their order to decide.
 */
function captionScore(field: CollectedField, wordings: readonly string[], shared: ReadonlySet<string> = new Set()): number {
  let best = 0;
  field.captions.forEach((caption, index) => {
    const shown = canonicalOf(caption.text);
    for (const wording of wordings) {
      const form = canonicalOf(wording);
      const score = similarityOf(shown, form);
      if (score === 0) continue;
      const distinctive = shared.has(form) ? 0 : SPECIFICITY * Math.min(form.length, 10);
      best = Math.max(best, (score + distinctive) * (index === 0 ? 1 : SECOND_OPINION));
    }
  });
  return best;
}

/** How well a field's caption reads as one of these wordings (0 when it does not). */
export function reading(field: CollectedField, wordings: readonly string[]): number {
  const score = captionScore(field, wordings);
  return score >= MATCH_THRESHOLD ? score : 0;
}

/** Wordings (canonical) that more than one definition of the page uses. */
function sharedWordings(definitions: readonly FieldDefinition[]): Set<string> {
  const owners = new Map<string, number>();
  for (const definition of definitions) for (const form of new Set(definition.labels.map(canonicalOf))) owners.set(form, (owners.get(form) ?? 0) + 1);
  return new Set([...owners].filter(([, count]) => count > 1).map(([form]) => form));
}

/** A block's name this long, said in a caption, places the field in that block. */
const NAMES_BLOCK = 3;

/**
 * Whether a field belongs to a block: the heading above it names the block, or its caption does
 * (a card's switch labelled 网站应急联络人同主体负责人, its card title drawn beside it, not above).
 */
function sitsUnder(field: CollectedField, blocks: readonly string[]): boolean {
  const heading = field.blocks[0];
  return blocks.some((block) => {
    const wanted = canonicalOf(block);
    if (heading && (heading.includes(wanted) || (heading.length >= 2 && wanted.includes(heading)))) return true;
    return wanted.length >= NAMES_BLOCK && field.captions.some((caption) => canonicalOf(caption.text).includes(wanted));
  });
}

export interface Match {
  field: CollectedField;
  /** How well the caption reads as the definition; a lesson or a confirmed context makes it certain. */
  confident?: boolean;
  /** A provider's name, when the page gives it a field of its own after the region. */
  name?: CollectedField;
  /** The lesson (指定) that named the field, when the person taught it. */
  lesson?: string;
}

/** A control the person named as a field: its caption as the engine reads it, and which of the controls with that caption. */
export interface FieldLesson {
  id: string;
  path: string;
  caption: string;
  position: number;
  /** How the person set it by hand, when they showed it (指定 by showing how). */
  steps?: readonly DemonstratedStep[];
}

export interface MatchOptions {
  /** False when the subject on the page is a person: fields for units are not looked for. */
  unit?: boolean;
  /** What the person taught on this page: applied before anything is read by meaning. */
  lessons?: readonly FieldLesson[];
}

/** The field a lesson names: the one at its place among the fields showing its caption, in page order. */
export function fieldOfLesson(lesson: FieldLesson, fields: readonly CollectedField[]): CollectedField | undefined {
  const caption = canonicalOf(lesson.caption);
  return fields.filter((field) => canonicalOf(field.label) === caption)[lesson.position];
}

/** Which of the fields showing its caption a field is: what a lesson keeps besides the caption. */
export function positionAmongSame(field: CollectedField, fields: readonly CollectedField[]): number {
  const caption = canonicalOf(field.label);
  return fields.filter((other) => canonicalOf(other.label) === caption).indexOf(field);
}

/**
 * The field each definition means, if the page has one. The page's block headings are compared
 * only where they tell two definitions apart: a heading that belongs to neither changes nothing.
 */
export function matchFields(definitions: readonly FieldDefinition[], fields: readonly CollectedField[], options: MatchOptions = {}): Map<string, Match> {
  const matches = new Map<string, Match>();
  const taken = new Set<CollectedField>();
  for (const lesson of options.lessons ?? []) {
    const field = fieldOfLesson(lesson, fields);
    if (!field || taken.has(field) || matches.has(lesson.path) || refused(field) || !definitions.some((definition) => definition.path === lesson.path)) continue;
    matches.set(lesson.path, { field, lesson: lesson.id, confident: true });
    taken.add(field);
  }
  const candidates = definitions.filter((definition) => !(options.unit === false && definition.unitOnly) && !matches.has(definition.path));
  const open = fields.filter((field) => !refused(field) && !taken.has(field));
  const shared = sharedWordings(candidates);
  const scores = candidates.map((definition) => open.map((field) => (fits(definition.kind, field) ? captionScore(field, definition.labels, shared) : 0)));

  // A field right after the question it follows (the items after 是否涉及前置审批内容) is that question's.
  const followed = (definition: FieldDefinition): number | undefined => {
    const question = candidates.findIndex((candidate) => candidate.path === definition.follows);
    if (question < 0) return undefined;
    const best = scores[question]!.reduce((top, score, f) => (score > (scores[question]![top] ?? 0) ? f : top), 0);
    return (scores[question]![best] ?? 0) >= MATCH_THRESHOLD ? best : undefined;
  };
  const pairs: { definition: number; field: number; weight: number; confident: boolean }[] = [];
  candidates.forEach((definition, d) => {
    const after = definition.follows ? followed(definition) : undefined;
    open.forEach((field, f) => {
      const score = scores[d]![f]!;
      if (score < MATCH_THRESHOLD) return;
      let weight = score;
      let confirmed = false;
      if (definition.blocks && sitsUnder(field, definition.blocks)) {
        weight += BLOCK_WEIGHT;
        confirmed = true;
      }
      // A heading counts against a caption only where another definition reads it as well (手机号码 in two blocks), never against a clearly better caption.
      else if (candidates.some((rival, r) => r !== d && rival.blocks && scores[r]![f]! >= score - AMBIGUOUS && sitsUnder(field, rival.blocks))) weight -= BLOCK_WEIGHT;
      if (after !== undefined && f > after && f <= after + FOLLOWS_WITHIN) {
        weight += BLOCK_WEIGHT;
        confirmed = true;
      }
      pairs.push({ definition: d, field: f, weight, confident: score >= CONFIDENT || confirmed });
    });
  });
  pairs.sort((a, b) => b.weight - a.weight || a.definition - b.definition || a.field - b.field);

  for (const pair of pairs) {
    const definition = candidates[pair.definition]!;
    const field = open[pair.field]!;
    if (matches.has(definition.path) || taken.has(field)) continue;
    matches.set(definition.path, { field, confident: pair.confident });
    taken.add(field);
  }

  // A question's items drawn under it in its own row (是否涉及前置审批内容: ○是 ○否 □新闻 □出版 …) answer both.
  for (const definition of candidates) {
    const question = definition.follows ? matches.get(definition.follows) : undefined;
    if (matches.has(definition.path) || !question || !fits(definition.kind, question.field) || count(question.field, 'radio', 'select', 'combobox', 'picker', 'switch') === 0) continue;
    matches.set(definition.path, { field: question.field, confident: true });
  }

  for (const definition of candidates) {
    const match = matches.get(definition.path);
    if (definition.kind !== 'provider' || !match || count(match.field, ...LIST_KINDS) > 1) continue;
    const next = open.slice(open.indexOf(match.field) + 1, open.indexOf(match.field) + 4);
    const name = next.find((field) => !taken.has(field) && count(field, ...LIST_KINDS, 'text') > 0 && captionScore(field, definition.nameLabels ?? []) >= MATCH_THRESHOLD);
    if (name) {
      match.name = name;
      taken.add(name);
    }
  }
  return matches;
}
