import { defaultRiskMethod, riskMethodEntity } from '../domain/entities/risk-method.ts';
import { defaultSettings, settingsEntity } from '../domain/entities/settings.ts';
import { type WorkspaceDraft, workspaceEntity } from '../domain/entities/workspace.ts';
import { draftOf, emptyDraft, validate } from '../domain/model/entity.ts';
import { threats, vulnerabilities } from '../domain/example/catalogue.ts';
import type { IsmsDatabase, StoredRecord } from './database.ts';
import { addRecords } from './example.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { Repository, logChange } from './repository.ts';

const LAST_USED = 'lastWorkspaceId';

/** A new workspace draft with the defaults: 2022 edition, climate decision still to make. */
export function newWorkspaceDraft(name = ''): WorkspaceDraft {
  return emptyDraft(workspaceEntity, { name, edition: '2022', climateChangeRelevant: 'not_assessed' });
}

/** Workspaces: one organisation's ISMS each; nothing is shared between them. */
export class Workspaces {
  constructor(
    private readonly db: IsmsDatabase,
    private readonly actor: () => string = () => 'local user',
  ) {}

  /** All workspaces, by name. */
  list(): Promise<StoredRecord[]> {
    return this.db.workspaces.orderBy('name').toArray();
  }

  /** Refuses a name another workspace already has: the typed-name delete must name one workspace. */
  private async checkUniqueName(name: string, selfId?: string): Promise<void> {
    const clash = (await this.list()).find((w) => w.id !== selfId && String(w['name']).trim().toLowerCase() === name.trim().toLowerCase());
    if (clash) throw new ValidationError(workspaceEntity.label, [{ field: 'name', message: `A workspace named “${name.trim()}” already exists; choose another name.` }]);
  }

  /** Creates a workspace with default settings and the default risk method, in one transaction. */
  async create(input: WorkspaceDraft): Promise<StoredRecord> {
    const draft = draftOf(workspaceEntity, input);
    const issues = validate(workspaceEntity, draft);
    if (issues.length) throw new ValidationError(workspaceEntity.label, issues);
    const id = crypto.randomUUID();
    const t = new Date().toISOString();
    const ws: StoredRecord = { ...draft, name: draft.name.trim(), id, workspaceId: id, ref: 'WS-001', createdAt: t, updatedAt: t, rev: 1 };
    return this.db.transaction('rw', this.db.tables, async () => {
      await this.checkUniqueName(draft.name);
      await this.db.workspaces.add(ws);
      await logChange(this.db, {
        workspaceId: id,
        actor: this.actor(),
        entityType: 'workspaces',
        recordId: id,
        recordRef: ws.ref,
        op: 'create',
        before: '',
        after: JSON.stringify(ws),
        reason: '',
      });
      const repo = new Repository(this.db, this.actor);
      await repo.create(riskMethodEntity, id, defaultRiskMethod(), { internal: true });
      await repo.create(settingsEntity, id, defaultSettings());
      // A starter list of threats and weaknesses, written by the project, to build risks from (6.1.2 c).
      await addRecords(this.db, id, { threats: threats(), vulnerabilities: vulnerabilities() }, this.actor(), 'Starter catalogue');
      await this.db.meta.put({ key: LAST_USED, value: id });
      return ws;
    });
  }

  /** Saves the workspace's own fields (name, edition, climate decision...). */
  async update(id: string, input: WorkspaceDraft, expectedRev: number): Promise<StoredRecord> {
    // Only the workspace's own fields: an id or ref in the input can never replace the record's.
    const draft = draftOf(workspaceEntity, input);
    const issues = validate(workspaceEntity, draft);
    if (issues.length) throw new ValidationError(workspaceEntity.label, issues);
    return this.db.transaction('rw', this.db.tables, async () => {
      const before = await this.db.workspaces.get(id);
      if (!before) throw new NotFoundError('This workspace');
      if (before.rev !== expectedRev) throw new ConflictError(String(before['name']));
      await this.checkUniqueName(draft.name, id);
      if (draft.edition !== before['edition']) await this.checkEditionChange(id, draft.edition);
      const after: StoredRecord = { ...before, ...draft, name: draft.name.trim(), updatedAt: new Date().toISOString(), rev: before.rev + 1 };
      await this.db.workspaces.put(after);
      await logChange(this.db, {
        workspaceId: id,
        actor: this.actor(),
        entityType: 'workspaces',
        recordId: id,
        recordRef: before.ref,
        op: 'update',
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        reason: '',
      });
      return after;
    });
  }

  /**
   * The edition changes freely while the SoA is empty. Once it has rows of the old edition, only
   * the move to 2022 (which carries every decision over) may change it.
   */
  private async checkEditionChange(id: string, edition: string | null): Promise<void> {
    const stale = await this.db
      .records('soaEntries')
      .where({ workspaceId: id })
      .filter((r) => (r['control'] as { edition: string }[] | undefined)?.[0]?.edition === (edition === '2022' ? '2013' : '2022'))
      .count();
    if (stale)
      throw new ValidationError(workspaceEntity.label, [
        {
          field: 'edition',
          message:
            edition === '2022'
              ? `The SoA has ${stale} rows of the 2013 edition: move it with Statement of Applicability → Move to 2022, which carries every decision over.`
              : `The SoA has ${stale} rows of the 2022 edition; a workspace cannot go back to 2013 once its SoA has rows.`,
        },
      ]);
  }

  /** Renames a workspace. */
  async rename(id: string, name: string): Promise<StoredRecord> {
    const ws = await this.db.workspaces.get(id);
    if (!ws) throw new NotFoundError('This workspace');
    const draft = { ...(ws as unknown as WorkspaceDraft), name };
    return this.update(id, draft, ws.rev);
  }

  /** Deletes a workspace and every record in it; `typedName` must match its name exactly. */
  async remove(id: string, typedName: string): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      const ws = await this.db.workspaces.get(id);
      if (!ws) throw new NotFoundError('This workspace');
      if (typedName.trim() !== String(ws['name']).trim())
        throw new ValidationError(workspaceEntity.label, [{ field: 'confirm', message: 'Type the workspace name exactly to delete it.' }]);
      for (const t of this.db.tables) {
        if (t.name === 'workspaces' || t.name === 'meta') continue;
        await t.where('workspaceId').equals(id).delete();
      }
      await this.db.workspaces.delete(id);
      const last = await this.db.meta.get(LAST_USED);
      if (last?.value === id) await this.db.meta.delete(LAST_USED);
    });
  }

  /** Remembers the workspace in use, so it opens on the next visit. */
  async setLastUsed(id: string): Promise<void> {
    await this.db.meta.put({ key: LAST_USED, value: id });
  }

  /** The workspace used last, if it still exists. */
  async lastUsed(): Promise<StoredRecord | undefined> {
    const last = await this.db.meta.get(LAST_USED);
    return typeof last?.value === 'string' ? this.db.workspaces.get(last.value) : undefined;
  }
}
