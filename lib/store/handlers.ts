import { base64ToBlob, blobToBase64 } from '../messaging/base64';
import type { Handlers } from '../messaging/server';
import type { ProfileRepository } from './repository';

/**
 * The background's answers to the protocol, over the profile repository. `installSamples`
 * stores the sample clients; how it reads their images depends on where it runs.
 */
export function profileHandlers(repository: ProfileRepository, installSamples: () => Promise<void>): Handlers {
  return {
    listClients: ({ query }) => (query ? repository.searchClients(query) : repository.listClients()),
    getClient: ({ id }) => repository.getClient(id),
    saveClient: ({ client }) => repository.saveClient(client),
    deleteClient: async ({ id }) => {
      await repository.deleteClient(id);
      return null;
    },
    duplicateClient: ({ id, displayName }) => repository.duplicateClient(id, displayName),
    putAttachment: ({ base64, ...attachment }) =>
      repository.putAttachment({ ...attachment, blob: base64ToBlob(base64, attachment.type) }),
    getAttachment: async ({ id }) => {
      const { ref, blob } = await repository.getAttachment(id);
      return { ref, base64: await blobToBase64(blob) };
    },
    installSamples: async () => {
      await installSamples();
      return repository.listClients();
    },
  };
}
