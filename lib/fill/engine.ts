import { PAGES } from '../pages';
import { locationKey } from '../pages/location';
import type { DemonstratedStep } from '../pages/demonstration';
import type { FieldDefinition, PageDefinition } from '../pages/types';
import { NO_LESSONS, type Lessons, type OtherDocument } from './content-protocol';
import { collectFields, type CollectedField } from './collect';
import { operableNow } from './controls';
import { recognise } from './detect';
import { formScope, visible } from './dom';
import { replayDemonstration } from './demonstration';
import { insertValue } from './insert';
import { fieldOfLesson, matchFields, refused, type FieldLesson, type Match } from './match';
import { collapsedSections, formArea, openTab, refold, tabIsSelected, tabStrips, unfold } from './reveal';
import { optionMatches } from './text';
import { FILL_DEADLINE_MS, valueParts, type FailureReason, type FillReport, type FillReportEntry, type FillStatus, type FillValues } from './values';
import { FillError } from './widgets/fill-error';
import { nextTurn, settle, type Waits } from './widgets/waits';

/**
 * The fill: recognise the page, find each field its definition names, and insert the profile's
 * value with the control the page really has — in rounds: a page that unfolds (the nature chosen,
 * a 是/否 answered, a block loaded) shows fields the first look did not see, so once the page has
 * settled it is looked at again and what appeared is filled, until a round adds nothing. Before
 * every round the page must still be the one the fill is pinned to: the same place (path and
 * `#/` route) showing the same page, else nothing more is written.
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

  /** What the person showed of how to set the field, when the lesson that found it holds that. */
  demonstration(match: Match): readonly DemonstratedStep[] | undefined {
    return match.lesson ? this.lessons.find((lesson) => lesson.id === match.lesson)?.steps : undefined;
  }

  changed() {
    this.stale = true;
  }

  /** Looks at the page again now. */
  refresh(fields: CollectedField[] = collectFields(this.document)) {
    this.fields = fields;
    this.matches = matchFields(this.page.fields, this.fields, { unit: this.unit, lessons: this.lessons });
    this.stale = false;
  }

  /** The field a definition means; `lookAgain` false keeps to the fields already seen (a report line needs no new look at the page). */
  find(definition: FieldDefinition, lookAgain = true): Match | undefined {
    const match = this.matches.get(definition.path);
    const intact = (found: Match) => found.field.container.isConnected && found.field.controls.every((control) => control.element.isConnected) && visible(found.field.container);
    if (!lookAgain || (match ? intact(match) : !this.stale)) return match;
    this.refresh();
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

/** The page a fill is for: where it is, and which page it was taken for. */
export interface FillPin {
  location: string;
  pageId: string;
}

export interface FillOptions {
  lessons?: Lessons;
  deadlineMs?: number;
  pin?: FillPin;
}

/** Kinds of field a fill adds controls to: a row's box and its 删除, a scan's card. */
const GROWING_KINDS = new Set<FieldDefinition['kind']>(['rows', 'files']);

/**
 * Whether the form shows only what it showed before (`operableNow`), and what the boxes of its
 * rows and uploads grew by: then nothing unfolded, and there is nothing more to fill.
 */
export function nothingNew(before: readonly Element[], now: readonly Element[], growing: readonly Element[]): boolean {
  const still = new Set(now);
  if (before.some((element) => !still.has(element))) return false;
  const was = new Set(before);
  return now.every((element) => was.has(element) || growing.some((box) => box.contains(element)));
}

/** Looks at the page again after a round only this many times: a page that keeps unfolding is not followed forever. */
const MAX_ROUNDS = 4;

/** Statuses a later round does not revisit: the field was found (and dealt with), or the profile has nothing for it. */
const SETTLED_STATUSES = new Set<FillStatus>(['filled', 'already', 'failed', 'not-in-profile']);

/**
 * Fills the page with the values. Answers `{ otherDocument }` when the page is not the one the fill
 * is pinned to (nothing written), and a report with `stopped` when it moved on between rounds.
 */
export async function fillDocument(document: Document, location: Location, values: FillValues, options: FillOptions = {}): Promise<FillReport | OtherDocument> {
  const { lessons = NO_LESSONS, deadlineMs = FILL_DEADLINE_MS, pin } = options;
  const started = performance.now();
  const waits: Waits = { waitedMs: 0, deadline: started + deadlineMs };
  const recognition = recognise(location, document, PAGES, lessons);
  const pinnedHere = (pageId: string | undefined) => !pin || (locationKey(location) === pin.location && pageId === pin.pageId);
  if (!pinnedHere(recognition?.page.id)) return { otherDocument: true };
  if (!recognition) return { entries: [], workMs: 0 };
  const page = recognition.page;
  const nature = values['subject.nature'];
  const unit = unitSubject(nature?.kind === 'choice' ? nature.options[0] : undefined);
  const view = new PageView(document, page, recognition.fields, unit, lessonsFor(page, lessons));
  // A person's 单位名称 is their own name where the page asks it; many pages do not ask a person.
  const optional = (definition: FieldDefinition) => definition.optional || (definition.forPerson !== undefined && unit === false);
  const entries = new Map<string, FillReportEntry>();
  let stopped: FillReport['stopped'];
  // A form in a dialog is filled only while the dialog is open: once it closes, nothing more is written.
  const scope = formScope(document);
  const scopeGone = () => scope !== document.body && !(scope.isConnected && visible(scope));

  const fillRound = async (): Promise<number> => {
    let filled = 0;
    for (const definition of page.fields) {
      const previous = entries.get(definition.path);
      if (previous && SETTLED_STATUSES.has(previous.status)) continue;
      if (scopeGone()) {
        stopped = 'page-changed';
        return filled;
      }
      const value = values[definition.path];
      const match = view.find(definition, value !== undefined);
      const via = match?.field.captions[0]?.source;
      const report = (status: FillStatus, reason?: FailureReason) => {
        entries.set(definition.path, {
          path: definition.path,
          label: match?.field.label || definition.labels[0]!,
          status,
          ...(reason ? { reason } : {}),
          ...(via ? { via } : {}),
          ...(match?.lesson ? { taught: true } : {}),
          ...(status === 'failed' && match && value && valueParts(value) ? { showable: true } : {}),
        });
        if (status === 'filled') filled++;
      };
      if (!value) {
        if (match) report('not-in-profile');
        continue;
      }
      if (!match) {
        if (!optional(definition)) report('not-found');
        continue;
      }
      if (refused(match.field)) {
        report('failed', { code: 'refused', wanted: match.field.label });
        continue;
      }
      // A caption read only loosely, with nothing on the page to confirm it: the person decides (指定), the helper does not guess.
      if (match.confident === false) {
        report('failed', { code: 'doubtful', wanted: match.field.label });
        continue;
      }
      if (performance.now() >= waits.deadline!) {
        report('failed', { code: 'out-of-time', wanted: match.field.label });
        continue;
      }
      try {
        const context = { fields: view.fields, definitions: page.fields };
        const shown = view.demonstration(match);
        report((await (shown ? replayDemonstration(definition, match, context, shown, value, waits) : insertValue(definition, match, context, value, waits))) ? 'filled' : 'already');
      } catch (error) {
        report('failed', reasonOf(error));
      }
      // The page reacts (re-renders, loads the next level) in its own time, as after a person's input.
      await nextTurn(document, waits);
      if (definition.reshapes) view.changed();
    }
    return filled;
  };

  /** Fields of the profile the page has not shown yet: a reason to look again once the page has settled. */
  const awaited = () => page.fields.some((definition) => values[definition.path] && !SETTLED_STATUSES.has(entries.get(definition.path)?.status ?? 'not-found'));
  const stillHere = () => !pin || locationKey(location) === pin.location;

  /**
   * Rounds until one adds nothing. `samePage`: the page must still be recognised as the one being
   * filled (not while the helper itself shows another of its tabs, which may read otherwise).
   */
  const rounds = async (samePage: boolean) => {
    let operable = operableNow(document);
    for (let round = 0; round < MAX_ROUNDS && !stopped; round++) {
      if (round > 0) {
        if (!awaited()) return;
        await settle(document, waits);
        const now = operableNow(document);
        const growing = page.fields.flatMap((definition) => (GROWING_KINDS.has(definition.kind) ? (view.matches.get(definition.path)?.field.container ?? []) : []));
        if (nothingNew(operable, now, growing)) return;
        operable = now;
        const again = samePage ? recognise(location, document, PAGES, lessons) : undefined;
        if (!stillHere() || (samePage && again?.page.id !== page.id)) {
          stopped = 'page-changed';
          return;
        }
        view.refresh(again?.fields);
      }
      if ((await fillRound()) === 0 && round > 0) return;
    }
  };

  // Folded sections of the form are opened first (and folded again at the end), as a person would to see them.
  const area = formArea(
    view.fields.flatMap((field) => field.controls.map((control) => control.element)),
    formScope(document),
  );
  const unfolded = unfold(collapsedSections(area), waits);
  if (unfolded.length) {
    await settle(document, waits);
    view.refresh();
  }
  await rounds(true);
  // The form's other tabs, while the profile still has values the page has not shown; then the tab the person had open.
  for (const strip of tabStrips(area)) {
    for (const tab of strip.tabs) {
      if (stopped || !awaited() || tab === strip.selected || !tab.isConnected) continue;
      openTab(tab, waits);
      await settle(document, waits);
      if (!stillHere()) {
        stopped = 'page-changed';
        break;
      }
      view.refresh();
      await rounds(false);
    }
    if (strip.selected.isConnected && !tabIsSelected(strip.selected)) {
      openTab(strip.selected, waits);
      await settle(document, waits);
    }
  }
  refold(unfolded, waits);
  const totalMs = performance.now() - started;
  const lessonUse = view.lessonUse();
  if (recognition.lesson) lessonUse.used.push(recognition.lesson);
  const ordered = page.fields.flatMap((definition) => entries.get(definition.path) ?? []);
  return { pageId: page.id, pageTitle: page.title, entries: ordered, workMs: totalMs - waits.waitedMs, totalMs, lessons: lessonUse, ...(stopped ? { stopped } : {}) };
}
