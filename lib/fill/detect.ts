import { PAGES, WIZARD_STEPS } from '../pages';
import { locationKey } from '../pages/location';
import { NO_LESSONS, type Lessons } from './content-protocol';
import type { PageDefinition } from '../pages/types';
import { collectFields, type CollectedField } from './collect';
import { matchFields } from './match';
import { optionKey } from './text';

/**
 * Detect: which platform page this is, by what it shows — its host, then the wizard's current
 * step, how many of a page's fields are on it (its signature), and its landmarks. Known paths and
 * routes only raise confidence: a page under a route nobody has seen is still recognised.
 */

/** Classes and attributes by which steps bars, tabs and menus mark the current item. */
const CURRENT = /(^|[-_\s])(active|current|process|selected|is-process|is-active)([-_\s]|$)/i;
const PROMINENT = /(^|[-_\s])(title|header|heading|active|current|selected)([-_\s]|$)/i;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);
/** Links and menus: every page shows the same ones, so their words say nothing of which page this is. */
const NAVIGATION = 'a, nav, [role="navigation"], [role="menu"], [role="menubar"], [role="menuitem"], [class*="menu"], [class*="nav"]';
const CLIMB = 4;
const MAX_LANDMARK_TEXT = 40;

/** Text nodes of the page with the element holding each, for finding where a short text is shown. */
function textNodes(document: Document): { key: string; element: Element }[] {
  const nodes: { key: string; element: Element }[] = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    // Steps, tabs, menus and headings are short; prose and scripts are not what a page is known by.
    if (value.length > MAX_LANDMARK_TEXT || !value.trim()) continue;
    const parent = node.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION'].includes(parent.tagName)) continue;
    nodes.push({ key: optionKey(value), element: parent });
  }
  return nodes;
}

function climbs(element: Element, test: (element: Element) => boolean): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level < CLIMB; level++, node = node.parentElement) if (test(node)) return true;
  return false;
}

const isCurrent = (element: Element) =>
  CURRENT.test(element.className) || ['step', 'page', 'true'].includes(element.getAttribute('aria-current') ?? '') || element.getAttribute('aria-selected') === 'true';

/** The step the wizard marks as current, if the page shows the wizard's steps. */
function currentStep(texts: { key: string; element: Element }[]): { shown: boolean; current?: string } {
  let shown = false;
  for (const step of WIZARD_STEPS) {
    const key = optionKey(step);
    for (const text of texts) {
      if (text.key !== key && text.key !== `${WIZARD_STEPS.indexOf(step) + 1}${key}`) continue;
      shown = true;
      if (climbs(text.element, isCurrent)) return { shown, current: step };
    }
  }
  return { shown };
}

export interface Recognition {
  page: PageDefinition;
  /** The lesson that named this page, when the person named it. */
  lesson?: string;
  /** Fields collected on the way, for the fill to start from. */
  fields: CollectedField[];
  /** How many of the page's fields were found, of those every rendering has. */
  signature: { found: number; expected: number };
}

const MIN_SIGNATURE = 3;

/** How many of the fields every rendering shows are on the page: a person's subject page shows no unit fields. */
function signatureOf(page: PageDefinition, fields: CollectedField[]): { found: number; expected: number } {
  const always = page.fields.filter((field) => !field.optional);
  const matches = matchFields(always, fields);
  return { found: matches.size, expected: always.filter((field) => !field.unitOnly).length };
}

/** Whether the page shows the question that alone says it is this page. */
function gateShown(page: PageDefinition, fields: CollectedField[]): boolean {
  const gate = page.fields.find((field) => field.path === page.gate);
  return !!gate && matchFields([gate], fields).has(gate.path);
}

export function recognise(location: Location, document: Document, pages: readonly PageDefinition[] = PAGES, lessons: Lessons = NO_LESSONS): Recognition | undefined {
  const candidates = pages.filter((page) => page.hosts.includes(location.hostname));
  if (candidates.length === 0) return undefined;
  // A place the person named as a page is that page, whatever it shows.
  const named = lessons.pages.find((lesson) => lesson.location === locationKey(location));
  const namedPage = named && candidates.find((page) => page.id === named.pageId);
  if (named && namedPage) return { page: namedPage, lesson: named.id, fields: collectFields(document), signature: { found: 0, expected: 0 } };
  const where = location.pathname + location.search + location.hash;
  const texts = textNodes(document);
  const step = currentStep(texts);
  const fields = collectFields(document);
  // Every short text in one string, for a landmark to be looked for once, not once per text.
  const allTexts = texts.map((text) => text.key).join('\n');
  const shows = (landmark: string) => allTexts.includes(optionKey(landmark));
  // Where a person reads which page this is: a heading, the current menu item or tab, the page's
  // title — not a link in a menu or a header's navigation, which every page shows.
  const showsProminently = (landmark: string) => {
    const key = optionKey(landmark);
    if (optionKey(document.title).includes(key)) return true;
    return texts.some((text) => {
      if (!text.key.includes(key) || text.key.length > key.length + 6) return false;
      if (climbs(text.element, isCurrent)) return true;
      return !text.element.closest(NAVIGATION) && climbs(text.element, (element) => HEADING_TAGS.has(element.tagName) || PROMINENT.test(element.className));
    });
  };

  let best: { recognition: Recognition; score: number } | undefined;
  for (const page of candidates) {
    if (page.activeStep && step.current && step.current !== page.activeStep) continue;
    const hinted = page.hints.some((hint) => hint.test(where));
    const landmark = page.landmarks.some(shows);
    const onStep = !!page.activeStep && step.current === page.activeStep;
    const signature = page.fields.length ? signatureOf(page, fields) : { found: 0, expected: 0 };
    const strongSignature = signature.found >= MIN_SIGNATURE && signature.found * 2 >= signature.expected;
    const gated = gateShown(page, fields);
    const recognised = page.fields.length
      ? strongSignature || gated || onStep || (hinted && landmark && !step.shown)
      : onStep || (hinted && landmark && !page.activeStep) || (!page.activeStep && page.landmarks.some(showsProminently));
    if (!recognised) continue;
    const score = (strongSignature ? 4 + signature.found / Math.max(1, signature.expected) : 0) + (gated ? 2 : 0) + (onStep ? 3 : 0) + (hinted ? 2 : 0) + (landmark ? 1 : 0) + (page.fields.length ? 0.5 : 0);
    if (!best || score > best.score) best = { recognition: { page, fields, signature }, score };
  }
  return best?.recognition;
}

export function detectPage(location: Location, document: Document, lessons: Lessons = NO_LESSONS): PageDefinition | undefined {
  return recognise(location, document, PAGES, lessons)?.page;
}
