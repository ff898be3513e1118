export interface TabChoice {
  clientId: string;
  websiteId?: string;
}

/**
 * What the background keeps per tab (the client chosen, the subject its 开办主体 page showed):
 * the browser's session storage, which outlives the background's sleep and is never written to disk.
 */
export interface TabStore<T> {
  get(tabId: number): Promise<T | undefined>;
  set(tabId: number, value: T): Promise<void>;
  /** Forgets the tab (it left the platform, or closed). */
  drop(tabId: number): Promise<void>;
  /** Forgets every tab (the book locked: what pages showed of a client goes with the keys). */
  clear(): Promise<void>;
}

export function memoryTabStore<T>(): TabStore<T> {
  const values = new Map<number, T>();
  return {
    get: async (tabId) => values.get(tabId),
    set: async (tabId, value) => {
      values.set(tabId, value);
    },
    drop: async (tabId) => {
      values.delete(tabId);
    },
    clear: async () => {
      values.clear();
    },
  };
}
