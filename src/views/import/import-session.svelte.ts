import type { StoredRecord } from '../../lib/db/database.ts';
import { commitImport } from '../../lib/db/import-commit.ts';
import { fold } from '../../lib/io/import/mapping/cells.ts';
import type { ImportProfileDraft } from '../../lib/domain/entities/import-profile.ts';
import {
  buildPlan,
  findProfile,
  layoutSignature,
  learnedHeaders,
  loadSnapshot,
  snapshotStamp,
  mappingFromAnalysis,
  mappingFromProfile,
  profileOverride,
  PERSON_CHOICE,
  withLearnedHeaders,
  type LearnedColumn,
  type SheetInput,
  type SheetMapping,
  type WorkspaceSnapshot,
} from '../../lib/io/import/mapping/index.ts';
import { ImportError, type SheetAnalysis, type SheetOverride, type WorkbookAnalysis } from '../../lib/io/import/types.ts';
import { textFormatOf, type TextFormat } from '../../lib/io/import/text-files.ts';
import { analyzeInWorker, type AnalysisJob } from '../../lib/io/import/worker-client.ts';
import { errorText } from '../../lib/state/toasts.svelte.ts';
import { session } from '../../lib/state/session.svelte.ts';
import { profileWrites, summary } from './import-commit-text.ts';

type Profile = StoredRecord & ImportProfileDraft;

/** One sheet of the workbook as the user maps it. */
export interface SheetState {
  name: string;
  /** The layout as first read, which a saved profile is found by. */
  signature: string;
  mapping: SheetMapping;
  /** The saved mapping applied automatically, if any. */
  profile: string | null;
  /** Columns mapped as the user mapped the same header in earlier imports (when no saved mapping fits the whole layout). */
  learned: LearnedColumn[];
}

/**
 * The import screen's state: the file, its analysis (read in a worker), each sheet's mapping, and
 * the plan derived from them. Nothing is written before `commit`.
 */
export class ImportSession {
  fileName = $state('');
  phase = $state<'idle' | 'reading' | 'ready' | 'saving'>('idle');
  progress = $state({ fraction: 0, stage: '' });
  error = $state<string | null>(null);
  /** The code of the refusal, when the file was refused (e.g. 'csv': a CSV text with a workbook's name). */
  errorCode = $state<string | null>(null);
  /** The file is read as text (CSV or Markdown tables) rather than as a workbook. */
  textAs = $state<TextFormat | null>(null);
  done = $state<string | null>(null);
  analysis = $state.raw<WorkbookAnalysis | null>(null);
  sheets = $state.raw<SheetState[]>([]);
  snapshot = $state.raw<WorkspaceSnapshot | null>(null);
  private bytes: Uint8Array | null = null;
  private overrides: Record<string, SheetOverride> = {};
  private job: AnalysisJob | null = null;
  /** Counts the files opened (and resets), so that a late read of the workspace for an earlier one is dropped. */
  private generation = 0;
  private refreshing = false;

  /** Names of the file the user gave to a person of the workspace (folded name → the name and the person's id), for every sheet of the file. */
  private choices = $state.raw<Map<string, { from: string; to: string }>>(new Map());

  /** Each mapped sheet with its analysis, as the plan takes them (with the owner choices, whatever the sheet's own mapping says). */
  readonly inputs: SheetInput[] = $derived(
    this.sheets.flatMap((s) => {
      const analysis = this.analysis?.sheets.find((a) => a.name === s.name);
      if (!analysis) return [];
      const people = [...this.choices.values()].map(({ from, to }) => ({ field: PERSON_CHOICE, from, to }));
      const valueMaps = [...s.mapping.valueMaps.filter((m) => m.field !== PERSON_CHOICE), ...people];
      return [{ analysis, mapping: { ...s.mapping, valueMaps } }];
    }),
  );
  readonly plan = $derived(this.snapshot && this.inputs.length ? buildPlan(this.snapshot, this.inputs) : null);

  /** Reads a chosen or dropped file. */
  async open(file: File): Promise<void> {
    this.reset();
    this.fileName = file.name;
    this.bytes = new Uint8Array(await file.arrayBuffer());
    this.textAs = textFormatOf(file.name, file.type);
    await this.prepare();
  }

  /** Reads the file refused as "CSV (or Markdown) with a workbook's name" as the text it is. */
  async readAs(format: TextFormat): Promise<void> {
    if (!this.bytes) return;
    this.textAs = format;
    this.error = null;
    this.errorCode = null;
    await this.prepare();
  }

  /** Analyses the file, then applies any saved mapping whose layout matches. */
  private async prepare(): Promise<void> {
    const analysis = await this.read();
    if (!analysis) return;
    const ws = session.workspaceId;
    if (!ws) return this.fail(new Error('Open or create a workspace first.'));
    this.snapshot = await loadSnapshot(session.db, ws);
    const profiles = (await session.db.records('importProfiles').where({ workspaceId: ws }).toArray()) as Profile[];
    const found = new Map<string, Profile>();
    for (const sheet of analysis.sheets) {
      const p = findProfile(profiles, layoutSignature(sheet));
      if (!p) continue;
      found.set(sheet.name, p);
      // The people a saved mapping gave names to hold for the whole file.
      const chosen = p.valueMaps.filter((m) => m.field === PERSON_CHOICE && m.to);
      if (chosen.length) this.choices = new Map([...this.choices, ...chosen.map((m) => [fold(m.from), { from: m.from, to: m.to }] as const)]);
      const o = profileOverride(p, sheet);
      if (o) this.overrides[sheet.name] = o;
    }
    const final = Object.keys(this.overrides).length ? await this.read() : analysis;
    if (!final) return;
    this.sheets = analysis.sheets.map((first) => {
      const sheet = final.sheets.find((s) => s.name === first.name) ?? first;
      const p = found.get(first.name);
      const signature = layoutSignature(first);
      if (p) return { name: first.name, signature, mapping: mappingFromProfile(p, sheet), profile: p.name, learned: [] };
      const { mapping, applied } = withLearnedHeaders(mappingFromAnalysis(sheet), sheet, learnedHeaders(profiles, sheet.kind));
      return { name: first.name, signature, mapping, profile: null, learned: applied };
    });
  }

  private async read(): Promise<WorkbookAnalysis | null> {
    if (!this.bytes) return null;
    this.phase = 'reading';
    this.progress = { fraction: 0, stage: 'Opening the file' };
    this.job = analyzeInWorker(this.bytes, { fileName: this.fileName, overrides: this.overrides, textAs: this.textAs }, (fraction, stage) => {
      this.progress = { fraction, stage };
    });
    try {
      this.analysis = await this.job.promise;
      this.phase = 'ready';
      return this.analysis;
    } catch (e) {
      this.fail(e);
      return null;
    } finally {
      this.job = null;
    }
  }

  private fail(e: unknown): void {
    const text = errorText(e);
    const cancelled = e instanceof ImportError && e.code === 'cancelled';
    this.errorCode = e instanceof ImportError ? e.code : null;
    this.error = cancelled || text.includes(this.fileName) ? text : `“${this.fileName}”: ${text}`;
    this.phase = 'idle';
    this.analysis = null;
    this.sheets = [];
  }

  /** Stops reading the file. */
  cancel(): void {
    this.job?.cancel();
  }

  /** Forgets the file and its mapping (nothing was written). */
  reset(): void {
    this.job?.cancel();
    this.error = null;
    this.errorCode = null;
    this.textAs = null;
    this.done = null;
    this.analysis = null;
    this.sheets = [];
    this.bytes = null;
    this.overrides = {};
    this.choices = new Map();
    this.generation++;
    this.phase = 'idle';
  }

  /** Replaces one sheet's mapping. */
  update(name: string, change: (m: SheetMapping) => SheetMapping): void {
    this.sheets = this.sheets.map((s) => (s.name === name ? { ...s, mapping: change(s.mapping) } : s));
  }

  /** Reads the sheet again as another kind, or with another header row. */
  async reanalyse(name: string, override: SheetOverride): Promise<void> {
    this.overrides = { ...this.overrides, [name]: { ...this.overrides[name], ...override } };
    const analysis = await this.read();
    if (!analysis) return;
    // The kind the user chose holds even when the analysis finds no header for it yet.
    const kind = this.overrides[name]?.kind;
    this.sheets = this.sheets.map((s) => {
      const sheet = analysis.sheets.find((a) => a.name === s.name);
      return sheet && s.name === name ? { ...s, mapping: mappingFromAnalysis(kind ? { ...sheet, kind } : sheet), profile: null, learned: [] } : s;
    });
  }

  /**
   * Reads the workspace again for the preview (after the user added a role or a person in another
   * tab, say): the preview then shows what Import would write now. Nothing is read when no file is open.
   */
  async refreshWorkspace(): Promise<void> {
    const ws = session.workspaceId;
    // Focus and visibility come together: one read at a time.
    if (!ws || !this.snapshot || this.phase !== 'ready' || this.refreshing) return;
    const file = this.generation;
    this.refreshing = true;
    try {
      // Nothing written since it was read (no change-log entry): the plan stands.
      if ((await snapshotStamp(session.db, ws)) === this.snapshot.stamp) return;
      const snap = await loadSnapshot(session.db, ws);
      // Dropped when another file was opened, the workspace switched, or the import started meanwhile.
      if (this.phase === 'ready' && file === this.generation && session.workspaceId === ws && this.snapshot?.workspaceId === ws) this.snapshot = snap;
    } finally {
      this.refreshing = false;
    }
  }

  /** The people of the workspace the user may give a name of the file to (active ones, by name). */
  readonly people = $derived(
    (this.snapshot?.tables['persons'] ?? [])
      .filter((p) => p['active'] !== false)
      .map((p) => ({ id: p.id, name: String(p['name'] ?? '') }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );

  /** The person a name of the file ("IT", "it") was given to; '' when none. */
  ownerChoice(name: string): string {
    return this.choices.get(fold(name))?.to ?? '';
  }

  /** Gives a name of the file ("IT") to a person of the workspace in every sheet ('' adds a person of that name). */
  chooseOwner(name: string, personId: string): void {
    const next = new Map(this.choices);
    if (personId) next.set(fold(name), { from: name, to: personId });
    else next.delete(fold(name));
    this.choices = next;
  }

  /** The analysis of a sheet. */
  sheet(name: string): SheetAnalysis | undefined {
    return this.analysis?.sheets.find((s) => s.name === name);
  }

  /** Writes the import (and saves the mappings) in one transaction, planned against the workspace as it is now. */
  async commit(): Promise<void> {
    const ws = session.workspaceId;
    if (!ws || this.phase !== 'ready') return;
    this.phase = 'saving';
    this.error = null;
    try {
      const snap = await loadSnapshot(session.db, ws);
      const plan = buildPlan(snap, this.inputs);
      const stored = (await session.db.records('importProfiles').where({ workspaceId: ws }).toArray()) as Profile[];
      const profiles = profileWrites(this.sheets, this.inputs, stored, this.fileName, snap, this.overrides);
      const batch = await commitImport(session.db, ws, { fileName: this.fileName, writes: plan.writes, profiles }, session.actor);
      const text = summary(plan, batch.fileName);
      this.reset();
      this.done = text;
    } catch (e) {
      this.phase = 'ready';
      this.error = `Nothing was imported: ${errorText(e)}`;
    }
  }
}
