import { browser } from 'wxt/browser';
import { serveMessages } from '@/lib/messaging/server';
import { BeianDatabase } from '@/lib/store/db';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { profileHandlers } from '@/lib/store/handlers';

export default defineBackground(() => {
  const repository = new ProfileRepository(new BeianDatabase());
  serveMessages(
    profileHandlers(repository, () => installSamples(repository, fetchPackagedImage)),
  );
  void repository.pruneOrphanAttachments();
});

async function fetchPackagedImage(path: string) {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  const blob = await response.blob();
  const bitmap = await createImageBitmap(blob);
  const size = { blob, width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}
