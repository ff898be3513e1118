import { AppError } from '../../errors';
import { CONTENT_CHANNEL, type DemonstratedControl, type OtherDocument, type PickedControl } from '../../fill/content-protocol';
import { valueParts } from '../../fill/values';
import type { Handlers } from '../../messaging/server';
import { pageById } from '../../pages';
import { askTab } from '../../tab/ask-tab';
import { encodeClient } from '../../tab/codec';
import type { TabContext } from './context';

export type TeachHandlers = Pick<Handlers, 'teachField' | 'demonstrateField' | 'teachPage'>;

/** 指定: the person shows the helper a field's control, how to set it, or which page a place is; each kept as a lesson of its host. */
export function teachHandlers({ repository, mappings, sendToTab, choices, place }: TabContext): TeachHandlers {
  return {
    teachField: async ({ tabId, pageId, path }) => {
      const definition = pageById(pageId)?.fields.find((field) => field.path === path);
      if (!definition) throw new AppError('not-found', `${pageId} ${path}`);
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId}`);
      const picked = await askTab<PickedControl | { cancelled: true } | { error: string }>(sendToTab, tabId, {
        channel: CONTENT_CHANNEL,
        type: 'pick',
        path,
        label: definition.labels[0]!,
        pageId,
        lessons: here.lessons,
      });
      if (!picked || 'cancelled' in picked) return null;
      if ('error' in picked) throw new AppError('internal', picked.error);
      return mappings.teachField({ host: picked.host, pageId, path, caption: picked.caption, position: picked.position, ...(picked.idHint ? { idHint: picked.idHint } : {}) });
    },
    demonstrateField: async ({ tabId, pageId, path }) => {
      const definition = pageById(pageId)?.fields.find((field) => field.path === path);
      if (!definition) throw new AppError('not-found', `${pageId} ${path}`);
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId}`);
      const choice = await choices.get(tabId);
      if (!choice) throw new AppError('not-found', `no client chosen in tab ${tabId}`);
      const client = await repository.getClient(choice.clientId);
      const website = client.websites.find((candidate) => candidate.id === choice.websiteId) ?? client.websites[0];
      // Only this field's words go to the page: a field shown by hand is chosen, never uploaded, so no scan is read.
      const values = await encodeClient(client, website, async (ref) => ({ name: ref.name, type: ref.type, base64: '' }), pageId);
      const value = values[path];
      const parts = value && valueParts(value);
      if (!parts) throw new AppError('invalid-request', `${path} is not chosen by pressing`);
      const shown = await askTab<DemonstratedControl | { cancelled: true } | { notFound: true } | OtherDocument | { error: string }>(sendToTab, tabId, {
        channel: CONTENT_CHANNEL,
        type: 'demonstrate',
        path,
        label: definition.labels[0]!,
        pageId,
        parts,
        shown: parts.map((part) => part[0]).join(' / '),
        lessons: here.lessons,
        document: here.document,
      });
      if (!shown || 'cancelled' in shown) return null;
      if ('otherDocument' in shown) throw new AppError('page-changed', `tab ${tabId}`);
      if ('notFound' in shown) throw new AppError('not-found', `${path} on tab ${tabId}`);
      if ('error' in shown) throw new AppError('internal', shown.error);
      return mappings.teachField({ host: shown.host, pageId, path, caption: shown.caption, position: shown.position, steps: shown.steps });
    },
    teachPage: async ({ tabId, pageId }) => {
      if (!pageById(pageId)) throw new AppError('not-found', pageId);
      const here = await place(tabId);
      if (!here) throw new AppError('not-found', `tab ${tabId}`);
      return mappings.teachPage({ host: here.host, location: here.location, pageId });
    },
  };
}
