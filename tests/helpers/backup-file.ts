import type { BackupHandlers } from '@/lib/store/backup-handlers';

/** The whole backup file, slice by slice, as the options page writes it. */
export async function backupFile(handlers: Pick<BackupHandlers, 'backupSlice'>): Promise<string[]> {
  const lines: string[] = [];
  let slice = await handlers.backupSlice({});
  lines.push(...slice.lines);
  while (slice.next) {
    slice = await handlers.backupSlice({ cursor: slice.next });
    lines.push(...slice.lines);
  }
  return lines;
}

/** Commits a restore read before, as the options page does: the file's lines sent again (`per` a message) for its scans, then the last step. */
export async function commitRestore(handlers: Pick<BackupHandlers, 'restoreScans' | 'restoreCommit'>, restoreId: string, lines: readonly string[], mode: 'merge' | 'replace', per = 3) {
  for (let first = 0; first < lines.length; first += per) await handlers.restoreScans({ restoreId, first: first + 1, lines: lines.slice(first, first + per) });
  return handlers.restoreCommit({ restoreId, mode });
}
