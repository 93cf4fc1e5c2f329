/**
 * The records of one import while it is planned: what already exists (by ref and by name), what
 * the import adds, and the people and assets rows name that nobody listed (added once, and only
 * when a row that names them is imported).
 */
import type { ImportWrite } from '../../../db/import-commit.ts';
import type { StoredRecord } from '../../../db/database.ts';
import { type AssetDraft, assetEntity } from '../../../domain/entities/asset.ts';
import { customControlEntity } from '../../../domain/entities/custom-control.ts';
import { personEntity } from '../../../domain/entities/person.ts';
import { emptyDraft, validate } from '../../../domain/model/entity.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { fold } from './cells.ts';
import type { WorkspaceSnapshot } from './snapshot.ts';
import type { AddedRecord } from './types.ts';
import { assetTypeVocab, recognise } from './vocab.ts';

interface Index {
  byRef: Map<string, string>;
  byName: Map<string, string>;
}

interface Aux {
  write: ImportWrite;
  name: string;
  rows: string[];
  deps: string[];
  accepted: boolean;
}

/** The outcome of resolving a name: the record id, or why it cannot be. */
export type Resolved = { id: string; aux?: string } | { problem: string };

/** A control of another set as an SoA row describes it. */
export interface SetControl {
  controlId: string;
  title: string;
  description: string;
  source: string;
  mapsTo: ControlRef[];
}

const NAME_FIELD: Record<string, string> = { persons: 'name', roles: 'name', assets: 'name', threats: 'name', vulnerabilities: 'name', risks: 'title', customControls: 'controlId' };

/**
 * The name a record is found by when a row gives no id: its name or title; for an SoA entry its
 * control ("2022:A.5.1"); for a treatment action its title and first risk.
 */
export function nameKey(table: string, r: Record<string, unknown>): string {
  if (table === 'soaEntries') {
    const c = (r['control'] as { edition: string; id: string }[] | undefined)?.[0];
    return c ? `${c.edition}:${c.id}` : '';
  }
  if (table === 'treatmentActions') return `${String(r['title'] ?? '')}|${(r['risks'] as string[] | undefined)?.[0] ?? ''}`;
  const f = NAME_FIELD[table];
  return f && typeof r[f] === 'string' ? (r[f] as string) : '';
}

export class Batch {
  private readonly index = new Map<string, Index>();
  private readonly aux = new Map<string, Aux>();
  private readonly byId = new Map<string, StoredRecord>();
  /** The table of each stored record, by id. */
  private readonly tableOf = new Map<string, string>();
  /** Numbers assets have by now beside stored ones' refs: those the import's sheets and rows gave. */
  private readonly numbers = new Map<string, string>();
  private readonly auxKeyById = new Map<string, string>();
  /** Names of the records this import registers, by id. */
  private readonly names = new Map<string, string>();
  /** Names of the file the user's choice gave to a person. */
  private readonly chosen = new Map<string, string>();
  /** Owners named by a role, with the person who holds it. */
  private readonly viaRoles = new Map<string, { role: string; person: string }>();

  constructor(readonly snap: WorkspaceSnapshot) {
    for (const [table, rows] of Object.entries(snap.tables)) {
      const ix = this.ix(table);
      for (const r of rows) {
        this.byId.set(r.id, r);
        this.tableOf.set(r.id, table);
        ix.byRef.set(fold(r.ref), r.id);
        const name = nameKey(table, r);
        if (name) ix.byName.set(fold(name), r.id);
        if (table === 'persons' && typeof r['email'] === 'string' && r['email']) ix.byName.set(fold(r['email'] as string), r.id);
      }
    }
  }

  private ix(table: string): Index {
    let ix = this.index.get(table);
    if (!ix) this.index.set(table, (ix = { byRef: new Map(), byName: new Map() }));
    return ix;
  }

  /** A stored record by id. */
  stored(id: string): StoredRecord | undefined {
    return this.byId.get(id);
  }

  /** Whether a record of this table with this id is stored in the workspace. */
  storedIn(table: string, id: string): boolean {
    return this.tableOf.get(id) === table;
  }

  /** The id of a record (stored or imported) with this ref, or with this name. */
  find(table: string, ref: string, name = ''): string | undefined {
    const ix = this.ix(table);
    return (ref ? ix.byRef.get(fold(ref)) : undefined) ?? (name ? ix.byName.get(fold(name)) : undefined);
  }

  /** The workspace's custom control with this id (case ignored): its id as stored and its title. */
  customControl(text: string): { id: string; title: string; source: string } | undefined {
    const found = text ? this.stored(this.find('customControls', '', text) ?? '') : undefined;
    return found ? { id: String(found['controlId']).trim(), title: String(found['title'] ?? ''), source: String(found['source'] ?? '') } : undefined;
  }

  /**
   * The control id of a custom control, of the workspace or one this import adds, titled `title` (case, accents and spaces aside);
   * with a `description` (the whole text of a title cut short), the one that has that description.
   */
  customControlTitled(title: string, description = ''): string | undefined {
    const [field, key] = description ? ['description', fold(description)] : ['title', fold(title)];
    // (The stored controls are indexed once, by folded title and description.)
    this.titled ??= new Map((this.snap.tables['customControls'] ?? []).flatMap((r) => ['title', 'description'].map((f) => [`${f}:${fold(String(r[f] ?? ''))}`, String(r['controlId']).trim()] as const)).reverse());
    const stored = this.titled.get(`${field}:${key}`);
    if (stored) return stored;
    for (const a of this.aux.values()) if (a.write.table === 'customControls' && fold(String(a.write.draft[field] ?? '')) === key) return String(a.write.draft['controlId']);
    return undefined;
  }
  private titled: Map<string, string> | undefined;

  /** The first id "X.1", "X.2"… that no custom control of the workspace has, nor one this import adds or one of its SoA sheets names. */
  freeControlId(): string {
    for (let n = 1; ; n++) if (!this.find('customControls', '', `X.${n}`) && !this.expected.has(fold(`X.${n}`))) return `X.${n}`;
  }

  /** The name of a record, stored or registered by this import (for the preview); undefined when unknown. */
  nameOf(table: string, id: string): string | undefined {
    const stored = this.byId.get(id);
    if (stored) return nameKey(table, stored) || stored.ref;
    return this.names.get(id);
  }

  /** Makes an imported record findable by later rows and sheets. */
  register(table: string, id: string, ref: string, name: string): void {
    if (name || ref) this.names.set(id, name || ref);
    // An asset a sheet lists with its own number keeps to it.
    if (table === 'assets' && ref) this.numbers.set(id, ref);
    const ix = this.ix(table);
    if (ref) ix.byRef.set(fold(ref), id);
    if (name) ix.byName.set(fold(name), id);
  }

  /**
   * The person named (by name or e-mail), or the holder of the role named ("CISO", "IT team"
   * when the workspace has that role and one person holds it); someone nobody listed is added as a new person.
   */
  person(name: string, where: string): Resolved {
    const clean = name.replace(/\s+/g, ' ').trim();
    // A role of that name gives its holder, even over a person an earlier import added under the role's name.
    const holder = this.roleHolder(clean);
    if (holder) this.viaRoles.set(fold(clean), { role: clean, person: this.nameOf('persons', holder) ?? clean });
    const found = holder ?? this.find('persons', '', clean);
    if (found) return this.use(found, where);
    const draft = emptyDraft(personEntity, { name: clean, kind: 'employee', active: true });
    const issues = validate(personEntity, draft);
    if (issues.length) return { problem: `A person cannot be added from “${clean.slice(0, 60)}”: ${issues[0]!.message}` };
    return this.add('persons', clean, draft, [], where);
  }

  /** The active holders of the workspace's role with this name. */
  private activeHolders(name: string): string[] {
    const role = this.stored(this.find('roles', '', name) ?? '');
    // Holders the workspace still has (not deleted) and who have not left.
    return Array.isArray(role?.['holders']) ? (role['holders'] as string[]).filter((id) => this.stored(id) !== undefined && this.stored(id)?.['active'] !== false) : [];
  }

  /** How many people hold the workspace's role with this name (0 when there is no such role). */
  private holdersOf(name: string): number {
    return this.find('roles', '', name) === undefined ? 0 : Math.max(1, this.activeHolders(name).length);
  }

  /** A person of the workspace by id (the user's choice for `name` in the file), or undefined when there is none or they have left. */
  personById(id: string, where: string, name: string): Resolved | undefined {
    const person = (this.snap.tables['persons'] ?? []).find((p) => p.id === id);
    if (!person || person['active'] === false) return undefined;
    if (!this.chosen.has(fold(name))) this.chosen.set(fold(name), name);
    return this.use(id, where);
  }

  /** The names of the file given to a person the user chose, for the preview. */
  chosenOwners(): string[] {
    return [...this.chosen.values()];
  }

  /** The one active holder of the workspace's role with this name (a role several people hold names none of them). */
  private roleHolder(name: string): string | undefined {
    const holders = this.activeHolders(name);
    return holders.length === 1 ? holders[0] : undefined;
  }

  /**
   * The asset named (by ref or name); one nobody listed is added, owned by `ownerId`, its type guessed.
   * `ref` is the asset's own id where the row gives it beside the name ("Asset ID": A-01, "Asset": CRM):
   * it is looked up first, and an added asset keeps it, so that the inventory imported later updates it.
   */
  asset(name: string, ownerId: string | null, where: string, ref = ''): Resolved {
    const clean = name.replace(/\s+/g, ' ').trim();
    // With its number: the asset of that number, else one named by the number or the name that has no number of its own
    // (an earlier import named it by the number; an inventory sheet listed it by name), which takes the number. Rows with
    // numbers of their own are assets of their own, whatever their names.
    const unnumbered = (id: string | undefined) => (id && !this.numbered(id) ? id : undefined);
    const found = ref ? (this.find('assets', ref) ?? unnumbered(this.find('assets', '', ref)) ?? unnumbered(this.find('assets', '', clean))) : this.find('assets', clean, clean);
    if (found && ref) this.number(found, ref);
    if (found && ref) this.nameBareNumber(found, ref, clean);
    if (found) return this.use(found, where);
    if (!ownerId) return { problem: `The asset “${clean.slice(0, 60)}” is not in the workspace and cannot be added without an owner.` };
    const type = (recognise(assetTypeVocab, clean) || 'information') as AssetDraft['type'];
    const draft = emptyDraft(assetEntity, { name: clean, type, owner: ownerId, inScope: true });
    const issues = validate(assetEntity, draft);
    if (issues.length) return { problem: `The asset “${clean.slice(0, 60)}” cannot be added: ${issues[0]!.message}` };
    const dep = this.auxKeyById.get(ownerId);
    return this.add('assets', clean, draft, dep ? [dep] : [], where, ref);
  }

  /**
   * The workspace's custom control with this id, or a new one of the control set `source` (a control
   * of SOC 2, NIST or the organisation's own list, imported with its SoA row).
   */
  controlOfSet(c: SetControl, where: string): Resolved {
    const found = this.find('customControls', '', c.controlId);
    if (found) return this.use(found, where);
    const draft = emptyDraft(customControlEntity, c);
    const issues = validate(customControlEntity, draft);
    if (issues.length) return { problem: `No custom control can be made of “${c.controlId.slice(0, 40)}”: ${issues[0]!.message}` };
    return this.add('customControls', c.controlId, draft, [], where);
  }

  /**
   * Controls of other sets the workbook's SoA sheets will add ("CC6.1"), known before those sheets are
   * planned, so that a register planned first can name them. By folded id → the id as the set writes it.
   */
  private readonly expected = new Map<string, { control: SetControl; where: string }>();
  expectControl(control: SetControl, where: string): void {
    const key = fold(control.controlId);
    // The first spelling stands, as the control is added under it.
    if (!this.expected.has(key)) this.expected.set(key, { control, where });
  }
  /** The id of a control an SoA sheet of this workbook adds, named by `text`; undefined for none. */
  expectedControl(text: string): string | undefined {
    return this.expected.get(fold(text))?.control.controlId;
  }
  /** Adds the expected control `id` a kept record names, also when the SoA row that describes it is left out. */
  keepExpected(id: string): void {
    const e = this.expected.get(fold(id));
    if (!e) return;
    const made = this.controlOfSet(e.control, e.where);
    if ('aux' in made && made.aux) this.accept([made.aux]);
  }

  /** The title of a custom control this import adds, by its control id. */
  addedControlTitle(id: string): string | undefined {
    const a = this.aux.get(`customControls:${fold(id)}`);
    return a ? String(a.write.draft['title'] ?? '') : undefined;
  }

  private use(id: string, where: string): Resolved {
    const key = this.auxKeyById.get(id);
    if (!key) return { id };
    this.aux.get(key)!.rows.push(where);
    return { id, aux: key };
  }

  /** The asset has a number of its own: one this import gave, or a stored ref from a file ("A-001", not the app's own "AST-003"). */
  private numbered(id: string): boolean {
    if (this.numbers.has(id)) return true;
    const key = this.auxKeyById.get(id);
    if (key) return Boolean(this.aux.get(key)?.write.ref);
    const ref = this.byId.get(id)?.ref ?? '';
    return ref !== '' && !/^AST-\d{3,}$/i.test(ref);
  }
  /** Gives an unnumbered asset the number a row gives it: an added one keeps it, a stored one is found by it for the rest of the import. */
  private number(id: string, ref: string): void {
    if (this.numbered(id)) return;
    this.numbers.set(id, ref);
    const key = this.auxKeyById.get(id);
    const added = key ? this.aux.get(key) : undefined;
    if (added && !added.write.ref) added.write.ref = ref;
    this.ix('assets').byRef.set(fold(ref), id);
  }

  /**
   * An asset this import added under its bare number (a row gave the number with no name) takes the first
   * name a later row gives it, whichever row comes first.
   */
  private nameBareNumber(id: string, ref: string, name: string): void {
    const key = this.auxKeyById.get(id);
    const a = key ? this.aux.get(key) : undefined;
    if (!a || a.write.table !== 'assets' || fold(a.name) !== fold(ref) || !name || fold(name) === fold(ref)) return;
    // Not the name of another asset with no number of its own (the row's remark then says the name disagrees);
    // assets with numbers of their own are assets of their own, whatever their names.
    const other = this.find('assets', '', name);
    if (other && other !== id && !this.numbered(other)) return;
    a.name = name;
    a.write.label = name;
    a.write.draft = { ...a.write.draft, name, type: recognise(assetTypeVocab, name) || a.write.draft['type'] };
    // (A name another numbered asset has keeps finding that one.)
    this.register('assets', id, ref, other ? '' : name);
    this.names.set(id, name);
  }

  /** Adds a record; one with a ref of its own ("A-001") is kept apart from others of the same name. */
  private add(table: string, name: string, draft: Record<string, unknown>, deps: string[], where: string, ref = ''): Resolved {
    const key = ref ? `${table}#${fold(ref)}` : `${table}:${fold(name)}`;
    const id = crypto.randomUUID();
    this.aux.set(key, { write: { table, op: 'create', id, ref, draft, label: name }, name, rows: [where], deps, accepted: false });
    this.auxKeyById.set(id, key);
    this.register(table, id, ref, name);
    return { id, aux: key };
  }

  /** Marks the added records a row uses as needed (the row is imported). */
  accept(keys: Iterable<string>): void {
    for (const k of keys) {
      const a = this.aux.get(k);
      if (!a || a.accepted) continue;
      a.accepted = true;
      this.accept(a.deps);
    }
  }

  /** The added records that imported rows need: people first, then assets. */
  auxWrites(): ImportWrite[] {
    const all = [...this.aux.values()].filter((a) => a.accepted);
    return [...all.filter((a) => a.write.table === 'persons'), ...all.filter((a) => a.write.table !== 'persons')].map((a) => a.write);
  }

  /** The owners named by a workspace role and the person each stands for, for the preview. */
  roleOwners(): { role: string; person: string }[] {
    return [...this.viaRoles.values()];
  }

  /** The added records, for the preview. */
  added(): AddedRecord[] {
    return [...this.aux.values()]
      .filter((a) => a.accepted)
      .map((a) => {
        const held = a.write.table === 'persons' ? this.holdersOf(a.name) : 0;
        const team = a.write.table === 'persons' && (isTeamName(a.name) || held > 0);
        return { table: a.write.table, name: a.name, rows: [...new Set(a.rows)], ...(team ? { team: true as const } : {}), ...(held > 1 ? { heldBy: held } : {}) };
      });
  }
}

/**
 * Words that name a team, a department or a role rather than a person ("IT", "HR", "Security
 * team", "CISO", "Service informatique"): an owner so named is still added, and the preview says it.
 */
const TEAM_WORDS = new Set(
  [
    'it', 'ict', 'hr', 'ops', 'it ops', 'devops', 'secops', 'soc', 'noc', 'finance', 'legal', 'operations', 'security', 'infosec', 'compliance', 'management',
    'board', 'facilities', 'procurement', 'purchasing', 'marketing', 'sales', 'engineering', 'development', 'support', 'helpdesk', 'service desk',
    'it department', 'it team', 'security team', 'dev team', 'all staff', 'everyone', 'ciso', 'cio', 'cto', 'ceo', 'cfo', 'coo', 'dpo', 'isms manager',
    'it-leitung', 'edv', 'informatique', 'service informatique', 'it service', 'it services', 'direction', 'dsi', 'rssi', 'rh', 'ti', 'sistemas', 'rrhh', 'gerencia', 'direccion', 'recursos humanos',
  ].map(fold),
);
const TEAM_PART = /\b(team|teams|department|dept|division|unit|group|committee|abteilung|bereich|equipe|equipo|departamento|reparto|afdeling|oddeleni|tym)\b/;
/** Titles of a role ("Head of IT", "Data Protection Officer", "Leiter IT", "Responsable sécurité"). */
const ROLE_PART = /\b(officer|head of|manager|director|leiter|leiterin|leitung|beauftragter|beauftragte|responsable|gerente|jefe|directeur|directrice|coordinator|coordinador)\b/;

/** True for a name that looks like a team, a department or a role, not a person. */
export function isTeamName(name: string): boolean {
  const f = fold(name).replace(/[.]/g, '').trim();
  // "IT Security", "ICT operations"; not "Hr. Müller" (German for Mr).
  return TEAM_WORDS.has(f) || TEAM_PART.test(f) || ROLE_PART.test(f) || /^(it|ict)\s/.test(f);
}
