import { AppError } from '../../errors';
import type { Handlers } from '../../messaging/server';
import type { RequestOf } from '../../messaging/protocol';
import type { Client } from '../../model/profile';
import type { ProfileRepository } from '../../store/repository';
import { forgottenAtLock, type WhenLocked } from '../../store/book-lock';
import { SHEET_LIMITS, type ImportAction, type importMessages } from './messages';
import { planImport, type ImportPlan, type PlannedClient } from './plan';

export type ImportHandlers = Pick<Handlers, keyof typeof importMessages>;

/** How many clients the dry run lists, and how many problems each (the counts say the rest). */
const LISTED_ENTRIES = 300;
const LISTED_PROBLEMS_PER_CLIENT = 20;

const isBad = (planned: PlannedClient) => planned.client === undefined;

/**
 * Spreadsheet import, in the background that owns the book. The rows are read into memory first
 * (one import at a time: a new one drops the last), judged as a dry run with the person's choice
 * for each client the book already holds, then committed in one transaction.
 */
export function importHandlers(repository: ProfileRepository, whenLocked: WhenLocked = () => undefined): ImportHandlers {
  let staged: { id: string; header: string[]; rows: string[][]; judged?: { decisions: string; book: readonly Client[]; plan: ImportPlan } } | undefined;
  /** Imports whose rows (and the clients planned from them) were dropped when the book locked: their next step is refused, not started afresh. */
  const lockedAway = new Set<string>();
  whenLocked(() => {
    if (staged) lockedAway.add(staged.id);
    staged = undefined;
  });
  const stagedFor = (importId: string) => {
    if (lockedAway.has(importId)) throw forgottenAtLock(`import ${importId}`);
    if (staged?.id !== importId) throw new AppError('not-found', `import ${importId}`);
    return staged;
  };
  /**
   * The plan for these decisions against the book as it is now. The dry run's plan is kept: a commit
   * with the same decisions, the book unchanged since (the repository hands out a new book after any
   * write), stores exactly what the person saw.
   */
  const plan = async ({ importId, actions, defaultAction }: RequestOf<'importPreview'>, withFindings: boolean) => {
    const sheet = stagedFor(importId);
    const book = await repository.allClients();
    const decisions = JSON.stringify([defaultAction, Object.entries(actions).sort()]);
    if (sheet.judged && sheet.judged.decisions === decisions && sheet.judged.book === book) return sheet.judged.plan;
    const numbered = Object.fromEntries(Object.entries(actions).map(([row, action]) => [Number(row), action]));
    const judged = planImport(sheet.header, sheet.rows, book, { actions: numbered, defaultAction, withFindings });
    if (withFindings) sheet.judged = { decisions, book, plan: judged };
    return judged;
  };

  return {
    importRead: async ({ importId, header, rows }) => {
      if (lockedAway.has(importId)) throw forgottenAtLock(`import ${importId}`);
      if (staged?.id !== importId) staged = { id: importId, header: header ?? [], rows: [] };
      if (staged.rows.length + rows.length > SHEET_LIMITS.rows) throw new AppError('too-many-rows', `more than ${SHEET_LIMITS.rows} rows`);
      staged.rows.push(...rows);
      delete staged.judged;
      return null;
    },
    importPreview: async (request) => {
      const { fileProblems, unknownHeaders, clients } = await plan(request, true);
      const counts = { rows: stagedFor(request.importId).rows.length, clients: clients.length, add: 0, skip: 0, replace: 0, merge: 0, bad: 0, warned: 0 };
      for (const planned of clients) {
        if (isBad(planned)) counts.bad += 1;
        else {
          counts[planned.action] += 1;
          if (planned.problems.length) counts.warned += 1;
        }
      }
      const listed = clients.filter((planned) => planned.problems.length || planned.match).sort((a, b) => Number(isBad(b)) - Number(isBad(a)) || a.rows[0]! - b.rows[0]!);
      return {
        fileProblems,
        unknownHeaders,
        counts,
        entries: listed.slice(0, LISTED_ENTRIES).map((planned) => ({
          row: planned.rows[0]!,
          rowCount: planned.rows.length,
          displayName: planned.displayName,
          action: planned.action,
          bad: isBad(planned),
          ...(planned.match ? { match: planned.match } : {}),
          problems: planned.problems.slice(0, LISTED_PROBLEMS_PER_CLIENT),
        })),
        entryCount: listed.length,
      };
    },
    importCommit: async (request) => {
      const { fileProblems, clients } = await plan(request, false);
      if (fileProblems.length) throw new AppError('invalid-request', 'the spreadsheet has problems: see the dry run');
      const good = (action: ImportAction) => clients.filter((planned) => !isBad(planned) && planned.action === action);
      const clientOf = (planned: PlannedClient) => planned.client as Client;
      await repository.importClients({
        add: good('add').map(clientOf),
        merge: good('merge').map(clientOf),
        replace: good('replace').map((planned) => ({ replacedId: planned.match!.clientId, client: clientOf(planned) })),
      });
      staged = undefined;
      return {
        added: good('add').length,
        replaced: good('replace').length,
        merged: good('merge').length,
        skipped: good('skip').length,
        bad: clients.filter(isBad).length,
      };
    },
  };
}
