import { errorText } from '../../lib/state/toasts.svelte.ts';

/** Reports how far a long operation is: 0…1 and what it is doing. */
export type Progress = (fraction: number, stage: string) => void;

/**
 * The long operation running on the Export page (one at a time): its progress, its outcome, and
 * a way to cancel it where that is safe (exports; a restore is not cancelled once it writes).
 */
class Job {
  label = $state('');
  fraction = $state(0);
  stage = $state('');
  running = $state(false);
  error = $state('');
  done = $state('');
  cancellable = $state(false);
  private controller: AbortController | null = null;

  /** Runs `work`, showing its progress; returns its result, or undefined when it failed or was cancelled. */
  async run<T>(label: string, work: (progress: Progress, signal: AbortSignal) => Promise<T>, opts: { cancellable?: boolean; done?: string } = {}): Promise<T | undefined> {
    if (this.running) return undefined;
    this.controller = new AbortController();
    this.label = label;
    this.fraction = 0;
    this.stage = 'Starting';
    this.error = '';
    this.done = '';
    this.cancellable = opts.cancellable ?? false;
    this.running = true;
    try {
      const out = await work((f, s) => {
        this.fraction = f;
        this.stage = s;
      }, this.controller.signal);
      this.done = opts.done ?? `${label}: done.`;
      return out;
    } catch (e) {
      this.error = this.controller.signal.aborted ? `${label}: cancelled.` : errorText(e);
      return undefined;
    } finally {
      this.running = false;
      this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }
}

export const job = new Job();
