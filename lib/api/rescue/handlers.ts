import type { Handlers } from '../../messaging/server';
import type { BookHealth } from '../../model/rescue';
import { rawChunk } from '../../store/rescue';
import type { rescueMessages } from './messages';

export type RescueHandlers = Pick<Handlers, keyof typeof rescueMessages>;

/** The book's health as found when the background started, and its raw contents on request. */
export function rescueHandlers(health: Promise<BookHealth>, name: string): RescueHandlers {
  return {
    bookHealth: () => health,
    exportRawBook: ({ cursor }) => rawChunk(name, cursor),
  };
}
