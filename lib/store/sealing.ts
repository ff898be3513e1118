import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { isLeftSealed } from './bulk-opening';
import { SEALED_TABLES, lockedError, plainRow, sealRow, type SealingState } from './sealed-rows';
import { ignoreUnreadable, openedCursor, readable, type UnreadableRow } from './unreadable-rows';

/**
 * The sealing at rest (lib/store/sealed-rows.ts) as a Dexie DBCore middleware: rows of the sealed
 * tables sealed on every write and opened on every read, those that don't open stepped over and
 * told to `unreadable`; a transaction whose rows are left sealed (lib/store/bulk-opening.ts) reads them as stored.
 */
export function sealingMiddleware(state: SealingState, unreadable: UnreadableRow = ignoreUnreadable): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealing',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table: DBCoreTable = down.table(name);
        if (!SEALED_TABLES.includes(name)) return table;
        const open = (row: unknown) => readable(state, name, row, unreadable);
        return {
          ...table,
          mutate: (request) => {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            try {
              const { encrypted, keys } = state.writing(request.trans);
              if (encrypted && !keys) return Promise.reject(lockedError());
              const values = request.values.map((value: Record<string, unknown>) => (encrypted ? sealRow(name, value, keys!) : plainRow(value)));
              return table.mutate({ ...request, values });
            } catch (error) {
              return Promise.reject(error instanceof Error ? error : new Error(String(error)));
            }
          },
          get: async (request) => {
            const row: unknown = await table.get(request);
            return isLeftSealed(request.trans) ? row : open(row);
          },
          getMany: async (request) => (await table.getMany(request)).map(open),
          query: async (request) => {
            const response = await table.query(request);
            return request.values === false || isLeftSealed(request.trans) ? response : { ...response, result: response.result.map(open).filter((row) => row !== undefined) };
          },
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            if (!cursor || request.values === false || isLeftSealed(request.trans)) return cursor;
            return openedCursor(cursor, (row) => {
              const opened = open(row);
              return opened === undefined ? undefined : { row: opened };
            });
          },
        };
      },
    }),
  };
}
