import type { Handlers } from '../messaging/server';
import type { MappingRepository } from './mappings';

/** The background's answers about what the person taught (指定): list, delete, re-point, export, import. */
export type MappingHandlers = Pick<Handlers, 'listMappings' | 'deleteMapping' | 'repointMapping' | 'exportMappings' | 'importMappings'>;

export function mappingHandlers(mappings: MappingRepository): MappingHandlers {
  return {
    listMappings: () => mappings.list(),
    deleteMapping: async ({ id }) => {
      await mappings.delete(id);
      return null;
    },
    repointMapping: ({ id, path }) => mappings.repoint(id, path),
    exportMappings: () => mappings.exportFile(),
    importMappings: ({ file }) => mappings.importFile(file),
  };
}
