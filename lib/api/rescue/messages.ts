import * as z from 'zod';
import { BookHealthSchema, RawChunkSchema, RawCursorSchema } from '../../model/rescue';

/** When the book does not open: whether it did, and its raw contents for a rescue file. */
export const rescueMessages = {
  bookHealth: {
    request: z.object({}),
    response: BookHealthSchema,
  },
  exportRawBook: {
    // The database as stored, slice by slice, when this version cannot open it.
    request: z.object({ cursor: RawCursorSchema.optional() }),
    response: RawChunkSchema,
  },
} as const;
