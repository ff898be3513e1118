import * as z from 'zod';
import { AppError } from '../errors';

/**
 * Files between the extension's pages and the background, beside the messages (issue 22 #4). A
 * runtime message is JSON, about 10 MB a second here: a backup of thousands of scans (gigabytes)
 * would take minutes each way. A Blob handed over a BroadcastChannel of the extension's own origin
 * crosses by reference — the file a person chose stays on disk, and the background reads it as a
 * stream — so a message carries only the file's id. Content scripts run in the web page's origin
 * and cannot join the channel.
 */
export const FILES_CHANNEL = 'beian-helper/files';

const FileDropSchema = z.object({ fileId: z.string().min(1), file: z.instanceof(Blob) });

/** How long a message naming a file waits for the file itself (both are sent at once; the file is only a reference). */
const FILE_WAIT_MS = 30_000;
/** Files received that nobody asked for yet, at most (a dropped one is a file nobody named). */
const KEPT_UNASKED = 4;

export interface FileHandoff {
  /** Hands `file` to the other side under `fileId`. */
  hand(fileId: string, file: Blob): void;
  /** The file handed under `fileId`: at once when it came, or when it comes. */
  received(fileId: string): Promise<Blob>;
}

/** The handoff's bookkeeping, whatever carries the files: files that came before they were asked for, and askers waiting for theirs. */
export function fileMailbox(waitMs = FILE_WAIT_MS) {
  const arrived = new Map<string, Blob>();
  const waiting = new Map<string, (file: Blob) => void>();
  return {
    deliver(fileId: string, file: Blob) {
      const asker = waiting.get(fileId);
      if (asker) {
        waiting.delete(fileId);
        asker(file);
        return;
      }
      arrived.set(fileId, file);
      for (const old of [...arrived.keys()].slice(0, Math.max(0, arrived.size - KEPT_UNASKED))) arrived.delete(old);
    },
    received(fileId: string): Promise<Blob> {
      const file = arrived.get(fileId);
      if (file) {
        arrived.delete(fileId);
        return Promise.resolve(file);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(fileId);
          reject(new AppError('not-found', `file ${fileId} did not arrive`));
        }, waitMs);
        waiting.set(fileId, (came) => {
          clearTimeout(timer);
          resolve(came);
        });
      });
    },
  };
}

/** The handoff over the extension origin's BroadcastChannel (the background and the extension's pages). */
export function channelHandoff(): FileHandoff {
  const channel = new BroadcastChannel(FILES_CHANNEL);
  const mailbox = fileMailbox();
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const drop = FileDropSchema.safeParse(event.data);
    if (drop.success) mailbox.deliver(drop.data.fileId, drop.data.file);
  });
  return {
    hand: (fileId, file) => channel.postMessage(FileDropSchema.parse({ fileId, file })),
    received: (fileId) => mailbox.received(fileId),
  };
}

/**
 * A file's lines, a slice of about `sliceChars` at a time, numbered from 1: read as a stream, so a
 * file of gigabytes is never whole in memory.
 */
export async function* linesOf(file: Blob, sliceChars: number): AsyncGenerator<{ first: number; lines: string[] }> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let carry = '';
  let first = 1;
  let lines: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) {
      const parts = (carry + value).split('\n');
      carry = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        size += line.length;
        if (size >= sliceChars) {
          yield { first, lines };
          first += lines.length;
          lines = [];
          size = 0;
        }
      }
    }
    if (done) break;
  }
  if (carry) lines.push(carry);
  // Even an empty file has its one (empty) line: the dry run says it is no backup.
  if (lines.length || first === 1) yield { first, lines: lines.length ? lines : [''] };
}
