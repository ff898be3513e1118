import type { Handlers } from '../../messaging/server';
import type { MappingRepository } from '../../store/mappings';
import type { mappingMessages } from './messages';

/** The background's answers about what the person taught (指定): list, delete, re-point, export, import. */
export type MappingHandlers = Pick<Handlers, keyof typeof mappingMessages>;

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
