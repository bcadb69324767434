interface Entry<T> {
  value: T;
  storedAt: number;
}

/**
 * A small in-process cache for data every page shows (site settings, categories, friend
 * links). A fresh entry is served as is; after `ttlMs` it is reloaded, and if the CMS fails
 * then, the last good value keeps the pages up.
 */
export function cachedLoader<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let entry: Entry<T> | undefined;
  let pending: Promise<T> | undefined;

  return async () => {
    if (entry && Date.now() - entry.storedAt < ttlMs) return entry.value;

    pending ??= load()
      .then((value) => {
        entry = { value, storedAt: Date.now() };
        return value;
      })
      .finally(() => {
        pending = undefined;
      });
    try {
      return await pending;
    } catch (error) {
      if (entry) return entry.value;
      throw error;
    }
  };
}
