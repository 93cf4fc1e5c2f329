import { liveQuery } from 'dexie';
import { errorText, toasts } from './toasts.svelte.ts';

/** A value read from the database that follows every change to it, in any tab. */
export interface Live<T> {
  readonly current: T;
  /** False until the first result has arrived. */
  readonly ready: boolean;
  readonly error: unknown;
}

/**
 * Runs `query` as a Dexie live query for as long as the calling component lives, re-running it
 * when `deps` change (reactive reads belong in `deps`: the query itself runs outside Svelte's
 * tracking) and must be plain JSON data. Call during component initialisation.
 */
export function live<T, D>(deps: () => D, query: (d: D) => Promise<T>, initial: T): Live<T> {
  let value = $state.raw(initial);
  let ready = $state(false);
  let error = $state.raw<unknown>(null);
  // The query re-runs only when the dependencies' values change, not when an equal object is
  // rebuilt (a filter that changed elsewhere must not reload 50,000 risks). Deps are plain data.
  const key = $derived(JSON.stringify(deps() ?? null));
  $effect(() => {
    const d = JSON.parse(key) as D;
    ready = false;
    const sub = liveQuery(() => query(d)).subscribe({
      next: (v) => {
        value = v;
        ready = true;
        error = null;
      },
      error: (e: unknown) => {
        error = e;
        ready = true;
        toasts.show(`Could not read your data: ${errorText(e)}`, 'error');
      },
    });
    return () => sub.unsubscribe();
  });
  return {
    get current() {
      return value;
    },
    get ready() {
      return ready;
    },
    get error() {
      return error;
    },
  };
}
