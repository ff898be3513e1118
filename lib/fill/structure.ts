import { WIZARD_STEPS } from '../pages';
import { collectFields } from './collect';
import { cleanText } from './text';

/**
 * 导出页面结构: the markup of the page the helper got wrong, for the project's tests to load as a
 * frozen rendering — with nothing of anyone in it. What is kept is the page's shape (tags, classes,
 * roles, the form's controls) and only the words the page itself writes for everyone: each field's
 * caption and hint, headings, the options of its choices, its buttons and steps. Every other text
 * — names, numbers, addresses, what was typed or filled, the account's own name — is dropped, as
 * are values, links, pictures, scripts and data attributes; a last pass takes out any run of five
 * digits or more and anything shaped like an e-mail address, whatever kept it — also from the page's
 * path and route, where an application's number is often written.
 */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'LINK', 'META']);
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR']);
/** Attributes that say what an element is, never what it holds. */
const SHAPE = new Set(['class', 'id', 'role', 'type', 'name', 'for', 'multiple', 'readonly', 'disabled', 'hidden', 'colspan', 'rowspan', 'tabindex', 'accept', 'style']);
/** Attributes whose words a person reads as a caption or a hint: kept only when they are such words. */
const WORDED = new Set(['placeholder', 'aria-label', 'title']);
const MAX_KEPT_TEXT = 40;
const LONG_NUMBER = /\d{5,}/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The words the page writes for everyone: captions and hints of its fields, their options, headings, buttons, steps. */
export function publicWords(document: Document): Set<string> {
  const words = new Set<string>(WIZARD_STEPS);
  for (const field of collectFields(document)) {
    for (const caption of field.captions) words.add(cleanText(caption.text));
    for (const block of field.blocks) words.add(block);
    for (const control of field.controls) {
      if (control.option) words.add(cleanText(control.option));
      if (control.element.tagName === 'SELECT') for (const option of (control.element as HTMLSelectElement).options) words.add(cleanText(option.text));
    }
  }
  for (const element of document.querySelectorAll('button, [role="button"], [role="tab"], h1, h2, h3, h4, h5, h6, legend, th, label, [class*="title"], [class*="header"], [class*="step"]')) {
    const text = cleanText(element.textContent);
    if (text && text.length <= MAX_KEPT_TEXT && !element.querySelector('input, select, textarea')) words.add(text);
  }
  return words;
}

/** A text the page writes for everyone (the caption, or a caption with its colon and star). */
function isPublic(text: string, words: ReadonlySet<string>): boolean {
  const clean = cleanText(text);
  if (!clean) return true;
  return words.has(clean) || words.has(clean.replace(/^[*＊\s]+|[:：\s]+$/g, ''));
}

const scrub = (text: string) => text.replace(EMAIL, '').replace(LONG_NUMBER, '0');

function attributesOf(element: Element, words: ReadonlySet<string>): string {
  const kept: string[] = [];
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    let value = attribute.value;
    if (WORDED.has(name)) {
      if (!isPublic(value, words)) continue;
    } else if (name.startsWith('aria-')) {
      if (['aria-valuetext', 'aria-valuenow', 'aria-activedescendant', 'aria-describedby', 'aria-labelledby', 'aria-owns', 'aria-controls'].includes(name)) continue;
    } else if (!SHAPE.has(name)) {
      continue;
    }
    if (name === 'style') value = value.replace(/url\([^)]*\)/g, 'none');
    kept.push(` ${name}="${escape(scrub(value))}"`);
  }
  return kept.join('');
}

function serialize(node: Node, words: ReadonlySet<string>, out: string[]) {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.nodeValue ?? '';
    if (isPublic(text, words)) out.push(escape(scrub(text)));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  if (SKIPPED.has(element.tagName)) return;
  const tag = element.tagName.toLowerCase();
  out.push(`<${tag}${attributesOf(element, words)}>`);
  if (VOID.has(element.tagName)) return;
  // What a person typed or the helper filled is never written out: a box's text, an upload's files.
  if (element.tagName !== 'TEXTAREA') for (const child of element.childNodes) serialize(child, words, out);
  out.push(`</${tag}>`);
}

export interface PageStructure {
  location: string;
  title: string;
  html: string;
}

/** The page's structure, with only its public words: a document a test can serve as a frozen rendering. */
export function pageStructure(document: Document, location: Pick<Location, 'pathname' | 'hash'>): PageStructure {
  const words = publicWords(document);
  const out: string[] = ['<!doctype html>'];
  serialize(document.documentElement, words, out);
  return { location: scrub(`${location.pathname}${location.hash}`), title: isPublic(document.title, words) ? document.title : '', html: out.join('') };
}
