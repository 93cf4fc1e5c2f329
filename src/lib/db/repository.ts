import type { Table } from 'dexie';
import { entities } from '../domain/entities/index.ts';
import { type EntityDef, type ValidationContext, anyEntity, draftOf, validate } from '../domain/model/entity.ts';
import type { Fields, Values } from '../domain/model/fields.ts';
import { canLinkTo, linksOf } from '../domain/model/links.ts';
import { localToday } from '../domain/due.ts';
import { type RiskMethodDraft, riskLevel } from '../domain/entities/risk-method.ts';
import type { ChangeLogRow, IsmsDatabase, StoredRecord } from './database.ts';
import { ConflictError, LinkError, NotFoundError, ValidationError } from './errors.ts';

/** Who is recorded in the change log for the changes made now. */
export type ActorSource = () => string;

const now = (): string => new Date().toISOString();
const json = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));

/** The next number of a per-workspace counter (refs, change-log seq); call inside a transaction. */
export async function nextNumber(db: IsmsDatabase, workspaceId: string, name: string): Promise<number> {
  const row = await db.sequences.get([workspaceId, name]);
  const n = row?.next ?? 1;
  await db.sequences.put({ workspaceId, name, next: n + 1 });
  return n;
}

/** Appends a change-log entry; call inside the transaction that makes the change. */
export async function logChange(
  db: IsmsDatabase,
  entry: Omit<ChangeLogRow, 'id' | 'seq' | 'ts'>,
): Promise<void> {
  const seq = await nextNumber(db, entry.workspaceId, 'changeLog');
  await db.changeLog.add({ ...entry, id: crypto.randomUUID(), seq, ts: now() });
}

/** The approved risk method in force in a workspace (the latest approved one). */
export async function activeRiskMethod(db: IsmsDatabase, workspaceId: string): Promise<(StoredRecord & RiskMethodDraft) | undefined> {
  const methods = await db.records('riskMethods').where({ workspaceId, status: 'approved' }).toArray();
  return methods.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] as (StoredRecord & RiskMethodDraft) | undefined;
}

/** What validation needs from the workspace: the method's scales and levels, and who is top management. */
export async function validationContext(db: IsmsDatabase, workspaceId: string): Promise<ValidationContext> {
  const m = await activeRiskMethod(db, workspaceId);
  const people = await db.records('persons').where({ workspaceId }).toArray();
  const topManagement = new Set(people.filter((p) => p['isTopManagement'] === true && p['active'] !== false).map((p) => p.id));
  const today = localToday();
  if (!m || !Array.isArray(m.likelihoodScale) || !Array.isArray(m.impactScale)) return { topManagement, today };
  return {
    today,
    scaleSizes: { likelihood: m.likelihoodScale.length, impact: m.impactScale.length },
    levelOf: (r) => riskLevel(m, r),
    topManagement,
  };
}

/** Every table a repository write may touch: all workspace tables plus the log and counters. */
function allTables(db: IsmsDatabase): Table[] {
  return db.tables;
}

/**
 * Creates, updates and deletes records of any entity. Each write validates the draft, checks its
 * links, and writes the record and its change-log entry in one transaction: both or neither.
 */
export class Repository {
  constructor(
    private readonly db: IsmsDatabase,
    private readonly actor: ActorSource = () => 'local user',
  ) {}

  private async checked<F extends Fields>(def: EntityDef<F>, workspaceId: string, draft: Values<F>, selfId?: string): Promise<Values<F>> {
    const ctx = await validationContext(this.db, workspaceId);
    const given = draftOf(def, draft as Record<string, unknown>);
    const clean = def.complete ? def.complete(given, ctx) : given;
    const issues = validate(def, clean, ctx);
    if (issues.length) throw new ValidationError(def.label, issues);
    await this.checkUnique(anyEntity(def), workspaceId, clean, selfId);
    await this.checkLinks(anyEntity(def), workspaceId, clean);
    return clean;
  }

  /** Refuses a value of a `unique` field that another record of the workspace already has. */
  private async checkUnique(def: EntityDef, workspaceId: string, values: Record<string, unknown>, selfId?: string): Promise<void> {
    for (const field of def.unique ?? []) {
      const key = uniqueKey(values[field]);
      if (!key) continue;
      const clash = await this.db
        .records(def.table)
        .where({ workspaceId })
        .filter((r) => r.id !== selfId && uniqueKey(r[field]) === key)
        .first();
      if (clash) {
        const label = def.fields[field]?.label ?? field;
        throw new ValidationError(def.label, [{ field, message: `${label} ${displayUnique(values[field])} is already used by ${clash.ref}.` }]);
      }
    }
  }

  private async checkLinks(def: EntityDef, workspaceId: string, values: unknown): Promise<void> {
    for (const link of linksOf(def.fields, values)) {
      const target = await this.db.records(link.to).get(link.id);
      if (!target || target.workspaceId !== workspaceId)
        throw new LinkError(`${def.label}: the linked record in "${link.field}" does not exist in this workspace.`, link.field);
    }
  }

  private async uniqueRef(def: EntityDef, workspaceId: string, wanted: string, selfId?: string): Promise<string> {
    const table = this.db.records(def.table);
    if (wanted) {
      const clash = await table.where({ workspaceId, ref: wanted }).first();
      if (clash && clash.id !== selfId) throw new ValidationError(def.label, [{ field: 'ref', message: `The key ${wanted} is already used.` }]);
      return wanted;
    }
    for (;;) {
      const ref = `${def.refPrefix}-${String(await nextNumber(this.db, workspaceId, def.table)).padStart(3, '0')}`;
      if (!(await table.where({ workspaceId, ref }).first())) return ref;
    }
  }

  /** 4.9: the method in force changes only through a new version that re-maps the ratings. */
  private guardMethod(def: EntityDef, internal = false): void {
    if (def.table === 'riskMethods' && !internal)
      throw new ValidationError(def.label, [
        { field: 'status', message: 'The risk method is changed from Risks → Risk method, which re-maps every rating to the new version.' },
      ]);
  }

  /** Refuses writes into a workspace that another tab has deleted. */
  private async workspaceExists(workspaceId: string): Promise<void> {
    if (!(await this.db.workspaces.get(workspaceId))) throw new NotFoundError('This workspace');
  }

  /**
   * A new record, validated, its links checked and its ref chosen, ready to add: the shared first
   * half of every create. Call inside a transaction.
   */
  async build<F extends Fields>(def: EntityDef<F>, workspaceId: string, draft: Values<F>, ref = ''): Promise<StoredRecord> {
    const clean = await this.checked(def, workspaceId, draft);
    const t = now();
    return { ...clean, id: crypto.randomUUID(), workspaceId, ref: await this.uniqueRef(anyEntity(def), workspaceId, ref.trim()), createdAt: t, updatedAt: t, rev: 1 };
  }

  /** Stores a new record; `ref` is kept when given (e.g. from an import), else the next free one. */
  async create<F extends Fields>(
    def: EntityDef<F>,
    workspaceId: string,
    draft: Values<F>,
    opts: { ref?: string; op?: ChangeLogRow['op']; internal?: boolean } = {},
  ): Promise<StoredRecord> {
    return this.db.transaction('rw', allTables(this.db), async () => {
      this.guardMethod(anyEntity(def), opts.internal);
      await this.workspaceExists(workspaceId);
      const record = await this.build(def, workspaceId, draft, opts.ref ?? '');
      await this.db.records(def.table).add(record);
      await logChange(this.db, {
        workspaceId,
        actor: this.actor(),
        entityType: def.table,
        recordId: record.id,
        recordRef: record.ref,
        op: opts.op ?? 'create',
        before: '',
        after: json(record),
        reason: '',
      });
      return record;
    });
  }

  /** Saves new values over a record; refused when `expectedRev` is not the stored one. */
  async update<F extends Fields>(def: EntityDef<F>, id: string, draft: Values<F>, expectedRev: number): Promise<StoredRecord> {
    return this.db.transaction('rw', allTables(this.db), async () => {
      const table = this.db.records(def.table);
      const before = await table.get(id);
      if (!before) throw new NotFoundError(`This ${def.label.toLowerCase()}`);
      if (before.rev !== expectedRev) throw new ConflictError(before.ref);
      this.guardMethod(anyEntity(def));
      await this.workspaceExists(before.workspaceId);
      const clean = await this.checked(def, before.workspaceId, draft, id);
      await this.guardCustomControlRename(def.table, before, clean);
      const after: StoredRecord = { ...before, ...clean, updatedAt: now(), rev: before.rev + 1 };
      await table.put(after);
      await logChange(this.db, {
        workspaceId: before.workspaceId,
        actor: this.actor(),
        entityType: def.table,
        recordId: id,
        recordRef: before.ref,
        op: 'update',
        before: json(before),
        after: json(after),
        reason: '',
      });
      return after;
    });
  }

  /** Deletes a record that nothing links to any more; the change log keeps its last state. */
  async remove<F extends Fields>(def: EntityDef<F>, id: string, expectedRev?: number, reason = ''): Promise<void> {
    await this.db.transaction('rw', allTables(this.db), async () => {
      const table = this.db.records(def.table);
      const before = await table.get(id);
      if (!before) throw new NotFoundError(`This ${def.label.toLowerCase()}`);
      if (expectedRev !== undefined && before.rev !== expectedRev) throw new ConflictError(before.ref);
      this.guardMethod(anyEntity(def));
      const users = [...(await this.linkedFrom(def.table, before.workspaceId, id)), ...(await this.customControlUsers(def.table, before))];
      if (users.length)
        throw new LinkError(
          `${before.ref} is still linked from ${users.slice(0, 5).join(', ')}${users.length > 5 ? ` and ${users.length - 5} more` : ''}. Remove those links first.`,
        );
      await table.delete(id);
      await logChange(this.db, {
        workspaceId: before.workspaceId,
        actor: this.actor(),
        entityType: def.table,
        recordId: id,
        recordRef: before.ref,
        op: 'delete',
        before: json(before),
        after: '',
        reason,
      });
    });
  }

  /** The refs of the records that name a custom control in a controls field (risks, SoA rows, actions…). */
  private async customControlUsers(table: string, control: StoredRecord): Promise<string[]> {
    if (table !== 'customControls') return [];
    const id = String(control['controlId'] ?? '').trim().toLowerCase();
    const out: string[] = [];
    for (const e of entities) {
      const fields = Object.entries(e.fields).filter(([, f]) => f.kind === 'controls').map(([k]) => k);
      if (!fields.length) continue;
      await this.db
        .records(e.table)
        .where({ workspaceId: control.workspaceId })
        .each((r) => {
          const named = fields.some((f) => ((r[f] as { edition: string; id: string }[] | undefined) ?? []).some((c) => c.edition === 'custom' && c.id.trim().toLowerCase() === id));
          if (named) out.push(r.ref);
        });
    }
    return out;
  }

  /** A custom control named elsewhere keeps its id: renaming it would leave those records naming nothing. */
  private async guardCustomControlRename(table: string, before: StoredRecord, after: Record<string, unknown>): Promise<void> {
    if (table !== 'customControls' || String(after['controlId']).trim() === String(before['controlId']).trim()) return;
    const users = await this.customControlUsers(table, before);
    if (users.length)
      throw new ValidationError('Custom control', [
        { field: 'controlId', message: `Control id ${String(before['controlId'])} is used by ${users.slice(0, 5).join(', ')}${users.length > 5 ? ` and ${users.length - 5} more` : ''}; it cannot change while they name it.` },
      ]);
  }

  /** The refs of the records in the workspace that link to `id` of `table`. */
  async linkedFrom(table: string, workspaceId: string, id: string): Promise<string[]> {
    const out: string[] = [];
    for (const e of entities) {
      if (!canLinkTo(e.fields, table)) continue;
      await this.db
        .records(e.table)
        .where({ workspaceId })
        .each((r) => {
          if (linksOf(e.fields, r).some((l) => l.to === table && l.id === id)) out.push(r.ref);
        });
    }
    return out;
  }
}

/** The comparable form of a unique value: text ignores case and spaces around it; '' means none. */
function uniqueKey(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return v.trim().toLowerCase();
  if (Array.isArray(v) && v.length === 0) return '';
  return JSON.stringify(v).toLowerCase();
}

function displayUnique(v: unknown): string {
  if (typeof v === 'string') return `"${v.trim()}"`;
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' && 'id' in x ? String(x.id) : String(x))).join(', ');
  return String(v);
}
