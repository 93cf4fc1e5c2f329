export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

let next = 1;

class Toasts {
  items = $state<Toast[]>([]);

  /** Shows a short message; errors stay until dismissed, others go after a few seconds. */
  show(text: string, kind: Toast['kind'] = 'info'): void {
    const id = next++;
    this.items.push({ id, kind, text });
    if (kind === 'info') setTimeout(() => this.dismiss(id), 4000);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();

/** Words a user can act on for any error a save can raise. */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'QuotaExceededError' || /quota/i.test(e.message))
      return 'The browser refused to store more data (storage is full). Nothing was saved. Free some space or export a backup.';
    return e.message;
  }
  return String(e);
}
