import { liveQuery } from 'dexie';
import { IsmsDatabase } from '../db/database.ts';
import { Repository } from '../db/repository.ts';
import { Workspaces } from '../db/workspaces.ts';

/**
 * The app's connection to its database and the workspace in use. One per page. Records are not
 * kept here: views read them through live queries.
 */
class Session {
  readonly db = new IsmsDatabase();
  actor = $state('local user');
  readonly repo = new Repository(this.db, () => this.actor);
  readonly workspaces = new Workspaces(this.db, () => this.actor);
  workspaceId = $state<string | null>(null);
  started = $state(false);
  /** Set when this tab can no longer use the database (another tab upgraded it). */
  halted = $state<string | null>(null);

  constructor() {
    // The name recorded in the change log follows the open workspace's settings, and a workspace
    // deleted in another tab is left for another one (or the first-run screen).
    let sub: { unsubscribe(): void } | undefined;
    $effect.root(() => {
      $effect(() => {
        const ws = this.workspaceId;
        sub?.unsubscribe();
        sub = ws
          ? liveQuery(async () => ({ exists: (await this.db.workspaces.get(ws)) !== undefined, settings: await this.db.records('settings').where({ workspaceId: ws }).first() })).subscribe({
              next: ({ exists, settings }) => {
                if (!exists) {
                  void this.workspaces.list().then((all) => this.open(all[0]?.id ?? null));
                  return;
                }
                const name = settings?.['actorName'];
                this.actor = typeof name === 'string' && name.trim() ? name.trim() : 'local user';
              },
              error: () => {},
            })
          : undefined;
      });
    });
    this.db.on('versionchange', () => {
      // Another tab opened a newer schema: close so it can upgrade, and ask for a reload.
      this.db.close();
      this.halted = 'The app was updated in another tab. Reload this tab to go on; nothing you saved is lost.';
      return false;
    });
  }

  /** Opens the workspace used last, if any. */
  async start(): Promise<void> {
    try {
      const last = (await this.workspaces.lastUsed()) ?? (await this.workspaces.list())[0];
      this.workspaceId = last?.id ?? null;
    } catch (e) {
      this.halted = `The browser's storage cannot be opened: ${e instanceof Error ? e.message : String(e)}. Private windows and some privacy settings block it.`;
    }
    this.started = true;
  }

  /** Switches to another workspace and remembers it for the next visit. */
  async open(id: string | null): Promise<void> {
    this.workspaceId = id;
    if (id) await this.workspaces.setLastUsed(id);
  }
}

export const session = new Session();
