import { fileMailbox } from '@/lib/messaging/files';
import { backupHandlers, type BackupOptions } from '@/lib/api/backup/handlers';
import type { BeianDatabase } from '@/lib/store/db';
import type { ProfileRepository } from '@/lib/store/repository';

let files = 0;

/**
 * The background's backup handlers with the page's side of the file handoff in hand: the whole
 * backup file as the page receives it (`backupLines`), and a file handed over for its dry run (`read`).
 */
export function backupsFor(db: BeianDatabase, repository: ProfileRepository, options: Omit<BackupOptions, 'files'> = {}) {
  const toBackground = fileMailbox();
  const toPage = fileMailbox();
  const handlers = backupHandlers(db, repository, { ...options, files: { hand: (fileId, file) => toPage.deliver(fileId, file), received: (fileId) => toBackground.received(fileId) } });
  return {
    ...handlers,
    async backupLines(): Promise<string[]> {
      const { fileId } = await handlers.backupFile({});
      const text = await (await toPage.received(fileId)).text();
      return text.split('\n').slice(0, -1);
    },
    read(restoreId: string, lines: readonly string[], passphrase?: string) {
      const fileId = `file-${++files}`;
      toBackground.deliver(fileId, new Blob([lines.map((line) => `${line}\n`).join('')]));
      return handlers.restoreRead({ restoreId, fileId, ...(passphrase !== undefined ? { passphrase } : {}) });
    },
  };
}

export type Backups = ReturnType<typeof backupsFor>;
