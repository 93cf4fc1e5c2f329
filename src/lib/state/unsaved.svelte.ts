/** Whether an open form holds edits that were not saved, so closing it can ask first. */
class Unsaved {
  dirty = $state(false);

  /** True when it is fine to close: nothing unsaved, or the user agrees to discard it. */
  confirmDiscard(): boolean {
    if (!this.dirty) return true;
    const ok = window.confirm('You have unsaved changes. Discard them?');
    if (ok) this.dirty = false;
    return ok;
  }
}

export const unsaved = new Unsaved();
