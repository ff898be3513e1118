/**
 * Page knowledge, as data: which platform page this is, and which label (in which block) names
 * which field of the profile. The DOM engine in lib/fill reads these; adding a page or a label
 * variant is editing data here.
 */

/** What kind of control a field is expected to be; the engine also recognises what it finds. */
export type FieldKind =
  | 'text'
  | 'choice'
  | 'multi-choice'
  | 'yes-no'
  | 'rows'
  | 'region'
  | 'file'
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

export interface FieldDefinition {
  /** Path in the fill profile: `subject.principal.name`, `website.subdomains`, `website.people.security.name`. */
  path: string;
  /** The label wordings that may name it, after normalisation (no *, •, ：). */
  labels: readonly string[];
  kind: FieldKind;
  /** Block headings the label must sit under (any of them), for labels that repeat across blocks. */
  blocks?: readonly string[];
  codes?: CodeListName;
  /** Fields filled only for unit subjects (the page may hide them for individuals). */
  unitOnly?: boolean;
  /** Answering it changes which fields the page shows (the nature, 是/否 questions, 同主体负责人信息). */
  reshapes?: boolean;
  /** On some renderings only (an ISP's form, regions that ask for more): its absence is no failure. */
  optional?: boolean;
}

export interface PageDefinition {
  id: string;
  title: string;
  /** Host patterns (exact host names) the page lives on. */
  hosts: readonly string[];
  /** The location (path, or hash route on the modern app) matches one of these. */
  locations: readonly RegExp[];
  /** Visible text that must be on the page (a heading, a step title) for it to be this page. */
  landmarks: readonly string[];
  /** A landmark that must be active (the wizard's current step), when the location is shared. */
  activeStep?: string;
  fields: readonly FieldDefinition[];
}
