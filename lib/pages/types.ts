/**
 * Page knowledge, as data: which platform page this is, and which caption (in which block) names
 * which field of the profile. The DOM engine in lib/fill reads these; adding a page or a wording
 * is editing data here.
 */

/** What a field holds; the engine finds whatever control the page really uses for it. */
export type FieldKind =
  | 'text'
  | 'date'
  | 'choice'
  | 'multi-choice'
  | 'yes-no'
  | 'rows'
  | 'region'
  | 'files'
  | 'provider'
  | 'same-as-principal';

/** A code list whose platform labels a choice's value is written in. */
export type CodeListName =
  | 'natures'
  | 'personCerts'
  | 'unitCerts'
  | 'accessMethods'
  | 'serviceTypes'
  | 'controlledGoods'
  | 'preapprovals'
  | 'languages'
  | 'operating'
  | 'levels'
  | 'serviceCategories';

/**
 * Where a field's value lives in a client when it is not simply the value at the field's path:
 * scans stored as separate references, a 是/否 question answered by whether a list is empty,
 * a count kept as a number.
 */
export type ModelSource =
  | { refs: readonly string[] }
  | { refList: string }
  | { nonEmpty: string }
  | { integer: string };

export interface FieldDefinition {
  /** Path in the fill values and the report: `subject.principal.name`, `website.people.security.name`. */
  path: string;
  /** Wordings that may caption it (the guide's, pages.md's, the 2017 manual's); compared by meaning, not byte for byte. */
  labels: readonly string[];
  kind: FieldKind;
  /** Block headings it sits under when the page has them; they settle captions that repeat, and are never required. */
  blocks?: readonly string[];
  codes?: CodeListName;
  /** The yes/no question this field follows on the page (its items after 是): being right after it confirms a loosely read caption. */
  follows?: string;
  /** Shown only when the subject is a unit (the page may hide or drop it for individuals). */
  unitOnly?: boolean;
  /** When the subject is a person, the value is at this path instead (the guide: a person's 单位名称 is their own name). */
  forPerson?: string;
  /**
   * A choice some pages ask in two steps: first the broad option (单位), then — in a field of its
   * own shown after it — the option itself (企业单位). Every value but `except` (个人) is under it.
   */
  broader?: { wording: string; except: readonly string[] };
  /** Answering it changes which fields the page shows (the nature, 是/否 questions, 同主体负责人信息). */
  reshapes?: boolean;
  /** On some renderings only (an ISP's form, regions that ask for more): its absence is no failure. */
  optional?: boolean;
  /** A provider's name, when the page captions it apart from the region (名称, 接入服务商名称 …). */
  nameLabels?: readonly string[];
  model?: ModelSource;
}

export interface PageDefinition {
  id: string;
  title: string;
  /** Host names the page lives on. */
  hosts: readonly string[];
  /** Paths or `#/` routes the page is known under: they raise confidence, and are never required. */
  hints: readonly RegExp[];
  /** Visible text that shows it is this page (a heading, a menu or tab, a step title). */
  landmarks: readonly string[];
  /** For wizard pages: the step the page marks as current, when it shows its steps. */
  activeStep?: string;
  /**
   * The field that alone shows it is this page: a form that unfolds shows only this question until
   * it is answered (the subject page's 开办主体性质), too few fields for its signature.
   */
  gate?: string;
  fields: readonly FieldDefinition[];
}
