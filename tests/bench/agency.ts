import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/store/backup-format';
import { CHANNEL } from '../../lib/messaging/protocol';
import { FILES_CHANNEL } from '../../lib/messaging/files';
import { mapAttachments } from '../../lib/model/attachments';
import { launchWithExtension, newProfileDir } from '../e2e/extension';
import { generateClients } from './generate';

/**
 * Issue 22 #4: backups at an agency's size — 10,000 clients, each with its own ID card scanned on
 * both sides (20,000 scans of about 100 KB, 2.7 GB of backup text), the other scans shared — in the
 * real extension, plain and encrypted: restore (read and dry run, then the scans sent again and
 * stored, then the clients), and a whole backup, with the peak memory of the extension's process.
 */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown; error?: unknown }> } };

const CLIENTS = Number(process.env['BENCH_AGENCY_CLIENTS'] ?? 10_000);
const SCAN_BYTES = 100_000;
/** The generated file is made of Blobs of about this much text, as it is generated. */
const SLICE_CHARS = 4_000_000;
const SHARED_SCANS = ['liaison', 'security', 'topology'];

/** The generated book: each client's principal scans its own (`<client>-front`, `<client>-back`), the rest shared. */
function agencyBook() {
  const clients = generateClients(CLIENTS).map((client) =>
    mapAttachments(client, (ref) => {
      const side = ref.id.endsWith('front') ? 'front' : ref.id.endsWith('back') ? 'back' : undefined;
      return side ? { ...ref, id: `${client.id}-${side}`, size: SCAN_BYTES } : { ...ref, size: SCAN_BYTES };
    }),
  );
  const scans = [
    ...clients.flatMap((client) => ['front', 'back'].map((side) => ({ id: `${client.id}-${side}`, clientId: client.id, name: `${side}.png`, type: 'image/png', size: SCAN_BYTES, createdAt: 0 }))),
    ...SHARED_SCANS.map((id) => ({ id, clientId: clients[0]!.id, name: `${id}.png`, type: 'image/png', size: SCAN_BYTES, createdAt: 0 })),
  ];
  return { clients, scans };
}

/** The resident memory of Chromium's extension process (the background, and the options page that drives it), sampled until stopped. */
function sampleExtensionMemory() {
  let peak = 0;
  const sample = () => {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process')) continue;
        const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
        peak = Math.max(peak, rss);
      } catch {
        // A process that ended between the listing and the reading has no memory left to count.
      }
    }
  };
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/**
 * In the options page, as it restores a file: the file made there (the scans' bytes generated in
 * the page, never crossing from the bench), handed to the background, read for the dry run, then
 * committed. Milliseconds of each phase.
 */
function restoreInPage(page: Page, book: ReturnType<typeof agencyBook>) {
  const header = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: Date.now() });
  const clientLines = book.clients.map((client) => `${JSON.stringify({ client })}\n`).join('');
  const end = JSON.stringify({ end: { clients: book.clients.length, attachments: book.scans.length, mappings: 0 } });
  return page.evaluate(
    async ([channel, filesChannel, headerLine, clients, scans, endLine, scanBytes, sliceChars]) => {
      const ask = async (type: string, payload: unknown) => {
        const reply = await chrome.runtime.sendMessage({ channel, type, payload });
        if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
        return reply.data;
      };
      // One tail of random bytes shared by every scan, each scan's first 18 bytes its own: base64 of the two joined is the two base64s joined.
      const tail = new Uint8Array(scanBytes - 18);
      for (let at = 0; at < tail.length; at += 65_536) crypto.getRandomValues(tail.subarray(at, at + 65_536));
      let binary = '';
      for (let at = 0; at < tail.length; at += 0x8000) binary += String.fromCharCode(...tail.subarray(at, at + 0x8000));
      const tailBase64 = btoa(binary);
      const head = (index: number) => btoa(String(index).padStart(18, '0'));
      const parts: Blob[] = [new Blob([`${headerLine}\n`, clients])];
      let text = '';
      for (const [index, scan] of scans.entries()) {
        text += `${JSON.stringify({ attachment: scan, base64: head(index) + tailBase64 })}\n`;
        if (text.length >= sliceChars) {
          parts.push(new Blob([text]));
          text = '';
        }
      }
      parts.push(new Blob([text, `${endLine}\n`]));
      const file = new Blob(parts);
      let started = performance.now();
      new BroadcastChannel(filesChannel).postMessage({ fileId: 'agency-file', file });
      await ask('restoreRead', { restoreId: 'agency', fileId: 'agency-file' });
      const preview = (await ask('restorePreview', { restoreId: 'agency' })) as { problemCount: number; problems: unknown[] };
      if (preview.problemCount) throw new Error(`the generated backup has ${preview.problemCount} problems: ${JSON.stringify(preview.problems.slice(0, 3))}`);
      const dryRunMs = performance.now() - started;
      started = performance.now();
      await ask('restoreCommit', { restoreId: 'agency', mode: 'replace' });
      return { dryRunMs, commitMs: performance.now() - started, bytes: file.size };
    },
    [CHANNEL, FILES_CHANNEL, header, clientLines, book.scans, end, SCAN_BYTES, SLICE_CHARS] as const,
  );
}

/** A whole backup as the options page takes it: asked for, the file received, read to its end as the page streams it into the chosen file. */
export function backupInPage(page: Page) {
  return page.evaluate(
    async ([channel, filesChannel]) => {
      const started = performance.now();
      const files = new BroadcastChannel(filesChannel);
      const arriving = new Promise<Blob>((resolve) => {
        files.onmessage = (event: MessageEvent<{ file: Blob }>) => resolve(event.data.file);
      });
      const reply = await chrome.runtime.sendMessage({ channel, type: 'backupFile', payload: {} });
      if (!reply.ok) throw new Error(`backupFile: ${JSON.stringify(reply.error)}`);
      const file = await arriving;
      const reader = file.stream().getReader();
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
      }
      files.close();
      return { ms: performance.now() - started, lines: (reply.data as { lines: number }).lines, bytes };
    },
    [CHANNEL, FILES_CHANNEL] as const,
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

/** tsx names the functions declared inside the page's code through a helper of its own, which the page lacks: the page gets one that does nothing. */
export async function lendTsxNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = (target) => target');
}

async function agencyRun(encrypted: boolean): Promise<string[]> {
  const book = agencyBook();
  const profile = newProfileDir();
  const { context, extensionId } = await launchWithExtension(profile.path);
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await lendTsxNames(page);
    if (encrypted) {
      const reply = await page.evaluate((channel) => chrome.runtime.sendMessage({ channel, type: 'encryptBook', payload: { passphrase: 'bench passphrase 青梧' } }), CHANNEL);
      if (!reply.ok) throw new Error(`encryptBook: ${JSON.stringify(reply.error)}`);
    }
    const memory = sampleExtensionMemory();
    const restore = await restoreInPage(page, book);
    const restorePeak = memory.stop();
    const backupMemory = sampleExtensionMemory();
    const backup = await backupInPage(page);
    const backupPeak = backupMemory.stop();
    const restoreMs = restore.dryRunMs + restore.commitMs;
    return [
      `agency book, ${encrypted ? 'encrypted' : 'plain'}: ${book.clients.length.toLocaleString('en')} clients, ${book.scans.length.toLocaleString('en')} scans of ${SCAN_BYTES / 1000} KB`,
      `  restore of a ${gigabytes(restore.bytes)} file ${seconds(restoreMs)} (read and dry run ${seconds(restore.dryRunMs)}, commit: the file read again, scans then clients stored ${seconds(restore.commitMs)})   (target: under 90 s); peak memory of the extension's process ${gigabytes(restorePeak)}`,
      `  backup ${seconds(backup.ms)} (${backup.lines.toLocaleString('en')} lines, ${gigabytes(backup.bytes)})   (target: under 60 s); peak memory ${gigabytes(backupPeak)}`,
    ];
  } finally {
    await context.close();
    profile.remove();
  }
}

export const benchAgency = async () => [...(await agencyRun(false)), ...(await agencyRun(true))];
