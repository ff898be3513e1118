import { recognise } from './detect';
import { PAGES } from '../pages';
import { NO_LESSONS, type Lessons, type PageReading } from './content-protocol';
import { PageView, lessonsFor, unitSubject } from './engine';
import { choiceOf, readField } from './read-field';
import type { FillValues } from './values';

/** A reading, and the controls of each field it read: they stay in the page, for marks and 定位. */
export interface LocatedReading extends PageReading {
  controls: Map<string, HTMLElement[]>;
}

export function readDocument(document: Document, location: Location, lessons: Lessons = NO_LESSONS): PageReading {
  const { controls: _inThePage, ...reading } = readPage(document, location, lessons);
  return reading;
}

export function readPage(document: Document, location: Location, lessons: Lessons = NO_LESSONS): LocatedReading {
  const recognition = recognise(location, document, PAGES, lessons);
  if (!recognition) return { values: {}, captions: {}, controls: new Map() };
  const definition = recognition.page;
  const taught = lessonsFor(definition, lessons);
  const natureDefinition = definition.fields.find((field) => field.path === 'subject.nature');
  const firstLook = new PageView(document, definition, recognition.fields, undefined, taught);
  const natureMatch = natureDefinition && firstLook.find(natureDefinition);
  const nature = natureMatch && natureDefinition ? choiceOf(natureDefinition, natureMatch.field) : undefined;
  const view = nature ? new PageView(document, definition, recognition.fields, unitSubject(nature), taught) : firstLook;
  const values: FillValues = {};
  const captions: Record<string, string> = {};
  const controls = new Map<string, HTMLElement[]>();
  for (const field of definition.fields) {
    const match = view.find(field);
    if (!match || match.confident === false) continue;
    captions[field.path] = match.field.label;
    controls.set(field.path, [...match.field.controls, ...(match.name?.controls ?? [])].map((control) => control.element));
    const value = readField(field, match, view.fields, definition.fields);
    if (value) values[field.path] = value;
  }
  return { pageId: definition.id, values, captions, controls };
}

