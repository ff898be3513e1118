import { PAGES } from '../pages';
import type { FieldDefinition, PageDefinition } from '../pages/types';
import { NO_LESSONS, type Lessons } from './content-protocol';
import { collectFields, type CollectedField } from './collect';
import { recognise } from './detect';
import { visible } from './dom';
import { insertValue } from './insert';
import { fieldOfLesson, matchFields, refused, type FieldLesson, type Match } from './match';
import { optionMatches } from './text';
import { FILL_DEADLINE_MS, type FailureReason, type FillReport, type FillReportEntry, type FillStatus, type FillValues } from './values';
import { FillError, nextTurn, type Waits } from './widgets/events';

/**
 * The fill: recognise the page, find each field its definition names, and insert the profile's
 * value with the control the page really has. After a field that reshapes the page (the nature,
 * a 是/否 question, 同主体负责人信息) the page is looked at again — only when a later lookup misses
 * or lands on a field the page has since hidden.
 */

/** Whether the subject on the page is a unit: decided by the nature being filled, when it is. */
export function unitSubject(nature: string | undefined): boolean | undefined {
  return nature === undefined ? undefined : !optionMatches(nature, '个人');
}

/** A page's fields and what each definition matched, looked at again when the page has changed. */
export class PageView {
  fields: CollectedField[];
  matches: Map<string, Match>;
  private stale = false;

  constructor(
    private readonly document: Document,
    private readonly page: PageDefinition,
    fields: CollectedField[],
    private readonly unit: boolean | undefined,
    private readonly lessons: readonly FieldLesson[] = [],
  ) {
    this.fields = fields;
    this.matches = matchFields(page.fields, fields, { unit, lessons });
  }

  /** Of the lessons for this page, those that found their control on the page as it is now, and those that did not. */
  lessonUse(): { used: string[]; missing: string[] } {
    const used = [...this.matches.values()].flatMap((match) => (match.lesson ? [match.lesson] : []));
    return { used, missing: this.lessons.filter((lesson) => !fieldOfLesson(lesson, this.fields)).map((lesson) => lesson.id) };
  }

  changed() {
    this.stale = true;
  }

  /** The field a definition means; `lookAgain` false keeps to the fields already seen (a report line needs no new look at the page). */
  find(definition: FieldDefinition, lookAgain = true): Match | undefined {
    const match = this.matches.get(definition.path);
    if (!this.stale || !lookAgain || (match && match.field.container.isConnected && visible(match.field.container))) return match;
    this.fields = collectFields(this.document);
    this.matches = matchFields(this.page.fields, this.fields, { unit: this.unit, lessons: this.lessons });
    this.stale = false;
    return this.matches.get(definition.path);
  }
}

function reasonOf(error: unknown): FailureReason {
  if (error instanceof FillError) return { code: error.code, ...(error.wanted ? { wanted: error.wanted } : {}), ...(error.seen?.length ? { seen: [...error.seen] } : {}) };
  return { code: 'unexpected', wanted: error instanceof Error ? error.message : String(error) };
}

/** The lessons (指定) that concern a page. */
export function lessonsFor(page: PageDefinition, lessons: Lessons): FieldLesson[] {
  return lessons.fields.filter((lesson) => lesson.pageId === page.id);
}

export async function fillDocument(document: Document, location: Location, values: FillValues, lessons: Lessons = NO_LESSONS, deadlineMs = FILL_DEADLINE_MS): Promise<FillReport> {
  const started = performance.now();
  const waits: Waits = { waitedMs: 0, deadline: started + deadlineMs };
  const recognition = recognise(location, document, PAGES, lessons);
  if (!recognition) return { entries: [], workMs: 0 };
  const nature = values['subject.nature'];
  const view = new PageView(document, recognition.page, recognition.fields, unitSubject(nature?.kind === 'choice' ? nature.options[0] : undefined), lessonsFor(recognition.page, lessons));
  const entries: FillReportEntry[] = [];
  for (const definition of recognition.page.fields) {
    const value = values[definition.path];
    const match = view.find(definition, value !== undefined);
    const via = match?.field.captions[0]?.source;
    const report = (status: FillStatus, reason?: FailureReason) =>
      entries.push({
        path: definition.path,
        label: match?.field.label || definition.labels[0]!,
        status,
        ...(reason ? { reason } : {}),
        ...(via ? { via } : {}),
        ...(match?.lesson ? { taught: true } : {}),
      });
    if (!value) {
      if (match) report('not-in-profile');
      continue;
    }
    if (!match) {
      if (!definition.optional) report('not-found');
      continue;
    }
    if (refused(match.field)) {
      report('failed', { code: 'refused', wanted: match.field.label });
      continue;
    }
    if (performance.now() >= waits.deadline!) {
      report('failed', { code: 'out-of-time', wanted: match.field.label });
      continue;
    }
    try {
      report((await insertValue(definition, match, view.fields, value, waits)) ? 'filled' : 'already');
    } catch (error) {
      report('failed', reasonOf(error));
    }
    // The page reacts (re-renders, loads the next level) in its own time, as after a person's input.
    await nextTurn(document, waits);
    if (definition.reshapes) view.changed();
  }
  const totalMs = performance.now() - started;
  const lessonUse = view.lessonUse();
  if (recognition.lesson) lessonUse.used.push(recognition.lesson);
  return { pageId: recognition.page.id, pageTitle: recognition.page.title, entries, workMs: totalMs - waits.waitedMs, totalMs, lessons: lessonUse };
}
