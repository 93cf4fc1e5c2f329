/** Which open forms hold edits that were not saved, so closing a dialog can ask first. */
class Unsaved {
  #dirty = $state(new Set<symbol>());

  /** Records whether the form known by `token` has unsaved edits. */
  mark(token: symbol, dirty: boolean): void {
    if (dirty === this.#dirty.has(token)) return;
    const next = new Set(this.#dirty);
    if (dirty) next.add(token);
    else next.delete(token);
    this.#dirty = next;
  }

  get dirty(): boolean {
    return this.#dirty.size > 0;
  }

  /** True when it is fine to close: nothing unsaved, or the user agrees to discard it. */
  confirmDiscard(): boolean {
    if (!this.dirty) return true;
    const ok = window.confirm('You have unsaved changes. Discard them?');
    if (ok) this.#dirty = new Set();
    return ok;
  }
}

export const unsaved = new Unsaved();
