/** Hands a file an extension page built to the browser's downloads, as `name`. */
export function saveFile(parts: BlobPart[], type: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Today's date as file names carry it: 2026-11-28. */
export const today = (at: number = Date.now()) => new Date(at).toISOString().slice(0, 10);
