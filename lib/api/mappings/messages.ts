import * as z from 'zod';
import { MappingFileSchema, MappingSchema } from '../../model/mapping';

const id = z.string().min(1);

/** What the person taught (指定): listed, deleted, re-pointed at another field, and carried to another browser as a file. */
export const mappingMessages = {
  listMappings: {
    request: z.object({}),
    response: z.array(MappingSchema),
  },
  deleteMapping: {
    request: z.object({ id }),
    response: z.null(),
  },
  repointMapping: {
    request: z.object({ id, path: id }),
    response: MappingSchema,
  },
  exportMappings: {
    request: z.object({}),
    response: MappingFileSchema,
  },
  importMappings: {
    // Validated by the repository, so a malformed file is refused with what and where.
    request: z.object({ file: z.unknown() }),
    response: z.object({ added: z.number().int(), known: z.number().int() }),
  },
} as const;
