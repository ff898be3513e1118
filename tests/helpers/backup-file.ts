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
