import type { Handlers } from '../../messaging/server';
import type { Quarantine } from '../../store/quarantine';
import type { ProfileRepository } from '../../store/repository';
import type { QuarantineSummary, quarantineMessages } from './messages';

export type QuarantineHandlers = Pick<Handlers, keyof typeof quarantineMessages>;

/** The rows moved aside because they did not open: listed with the client they belong to, and deleted for good on the person's word. */
export function quarantineHandlers(quarantine: Quarantine, repository: ProfileRepository): QuarantineHandlers {
  return {
    listQuarantine: async () => {
      const entries = await quarantine.list();
      const names = new Map((await repository.listClients()).map((client) => [client.id, client.displayName]));
      for (const entry of entries) if (entry.displayName && entry.clientId) names.set(entry.clientId, entry.displayName);
      return entries.map((entry): QuarantineSummary => {
        const clientName = entry.clientId ? names.get(entry.clientId) : undefined;
        return { id: entry.id, table: entry.table as QuarantineSummary['table'], rowId: entry.rowId, ...(clientName ? { clientName } : {}), foundAt: entry.foundAt, reason: entry.reason };
      });
    },
    discardQuarantined: async ({ id }) => {
      await quarantine.discard(id);
      return null;
    },
  };
}
