/** How long a download's address is kept after the click (FileSaver.js keeps it 40 s). */
const DOWNLOAD_URL_KEPT_MS = 60_000;

/** Hands a file an extension page built to the browser's downloads, as `name`. */
export function saveFile(parts: BlobPart[], type: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  link.click();
  // Firefox reads the file after the click returns: the address is let go once the download has surely begun.
  setTimeout(() => URL.revokeObjectURL(link.href), DOWNLOAD_URL_KEPT_MS);
}

/** Today's date as file names carry it: 2026-11-28. */
export const today = (at: number = Date.now()) => new Date(at).toISOString().slice(0, 10);
