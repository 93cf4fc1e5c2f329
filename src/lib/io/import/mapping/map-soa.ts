/**
 * An SoA row as an SoA entry (3.16, 5.2): the control by its id in the sheet's edition, the
 * applicability and its justification, the implementation status, and the risks it names.
 */
import { controlTitle, type Edition } from '../../../domain/catalogs/index.ts';
import { type SoaEntryDraft, isEmptyJustification, soaEntryEntity, soaReasonLabels } from '../../../domain/entities/soa-entry.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { cellText, fold, itemsInCell, namesInCell, oneLine, splitList } from './cells.ts';
import { ANNEX_HEADER, controlRefsFromCell, CSF_ID, NIST_ID, numberedSet, setIdText, TSC_ID } from '../control-ids.ts';
import { isAppLayout } from './extra-fields.ts';
import { controlByTitle, controlsInCell, idsInCell } from './controls.ts';
import { NOT_AN_ID, ownControl } from './own-controls.ts';
import type { RowReader } from './row.ts';
import type { SetControl } from './batch.ts';
import type { SheetAnalysis } from '../types.ts';
import type { SheetMapping } from './types.ts';

export const soaIssueColumns: Record<string, string[]> = {
  control: ['controlId', 'controlTitle'],
  applicable: ['applicable'],
  reasons: ['reasons', 'justification', 'applicable'],
  inclusionJustification: ['justification'],
  exclusionJustification: ['justification', 'applicable'],
  risks: ['risks', 'justification'],
  requirements: ['justification'],
  implementationStatus: ['status'],
  implementationNote: ['notes'],
  owner: ['owner'],
  evidence: ['evidence'],
};

/** A status that says the control does not apply ("Not applicable", "N/A", "Nicht anwendbar", "No aplica"). */
export const NOT_APPLICABLE = /^(n\/?a|not applicable|non applicable|nicht anwendbar|no aplica|no aplicable|nao aplicavel|non applicabile|niet van toepassing|excluded|exclu|excluido)$/;

/** A range of controls written in one cell: "A.8.1-A.8.5". */
const RANGE = /([A-Z]?\.?\d+(?:\.\d+)+)\s*[-–]\s*([A-Z]?\.?\d+(?:\.\d+)+)/i;

/**
 * The control a row is about: a custom control of the workspace by its id, else an Annex A
 * control by its id (checked against the edition), else by its catalogue title.
 */
export function soaControl(r: RowReader, edition: Edition, set: ControlSet | null = null): ControlRef | null {
  const custom = r.has('controlId') ? r.batch.customControl(setIdOf(r, set)) : undefined;
  if (custom) {
    // The same id in another set ("AC-1" of NIST and of the organisation's own list) is one control to the workspace: say so.
    const rowSet = set ? rowSetName(r, set) : '';
    if (rowSet && custom.source.trim() && fold(custom.source) !== fold(rowSet))
      r.warn('controlId', `${custom.id} is already a custom control of the set “${custom.source}”: this row decides about that control.`);
    return { edition: 'custom', id: custom.id };
  }
  // A sheet of another set's controls ("CC6.1", "CTL-001"): the row's control becomes a custom control of that set.
  if (set && r.has('controlId') && set.ids.has(setKey(setIdOf(r, set)))) return setControl(r, set);
  // Under a numbered set's header, an id that is none of its numbers is no Annex A control either (unless written "A.5.1").
  // (Totals, and ids of letters with no number of Annex A's shape in them, go on to the checks below.)
  const written = r.line('controlId');
  const ownId = SET_ID.test(written) && idsInCell({ value: written, text: written }).length === 0;
  if (set?.prefix && written && !/^A\.\s?\d/i.test(written) && !ownId && !NOT_AN_ID.test(written)) {
    r.problem('controlId', `“${written.slice(0, 40)}” is no number of ${set.name} (such as ${set.example} or ${set.prefix} ${set.example}).`);
    return null;
  }
  // Without an id column, the ids may stand in the title column ("A.5.1 Policies"); a problem is told against that column.
  const idField = r.has('controlId') ? 'controlId' : 'controlTitle';
  const cell = r.cell(idField);
  const found = controlsInCell(cell, edition, { title: r.line('controlTitle') });
  // A row about several controls ("A.8.1-A.8.5 (Access Control)", "A.5.1, A.5.2") decides for none of them alone.
  if (found.controls.length > 1) {
    const range = RANGE.exec(cellText(cell));
    const named = range ? `the range ${range[1]}–${range[2]}` : found.controls.map((c) => c.id).join(', ');
    r.problem(idField, `This row is about several controls (${named}), not one: give each control its own row to import it.`);
    return null;
  }
  if (found.controls[0]) return found.controls[0];
  const ids = found.unknown;
  const byTitle = r.has('controlTitle') ? controlByTitle(r.line('controlTitle'), edition) : undefined;
  if (byTitle) {
    // The number is not of the edition, but the title is: say which control the row lands on.
    if (ids.length) r.warn(idField, `${ids[0]} is not a control of Annex A ${edition}; its title is that of ${byTitle}, so the row is imported as ${byTitle}.`);
    return { edition, id: byTitle };
  }
  const group = controlRefsFromCell(cell, edition).find((ref) => ref.kind !== 'control') ?? (/^\s*A\.?\s?\d{1,2}\.(x|\*)/i.test(cellText(cell)) ? { id: cellText(cell).trim().split(/\s/)[0] } : undefined);
  // "A.9.1" in a 2013 SoA is an objective: say it groups controls rather than that it is none.
  if (ids.length && !(group && ids[0] === group.id)) r.problem(idField, `${ids[0]} is not a control of Annex A ${edition}.`);
  else if (group) r.problem(idField, `${group.id} names a group of controls, not one control: give each control its own row to import it.`);
  else if (set && r.line('controlId'))
    r.problem(idField, `“${r.line('controlId').slice(0, 40)}” is no Annex A control, and not shaped as the id of a control of ${set.name} (letters, then digits, dots, dashes or brackets: CC6.1, AC-2(1)).`);
  // A sheet of the organisation's own measures named without numbers ("Least privilege", "Firewall"): each is a custom control.
  else if (!r.has('controlId') && r.line('controlTitle')) return ownControl(r, edition);
  else r.problem(idField, 'No Annex A control id in this row, nor the id of a custom control of the workspace.');
  return null;
}

/** Another control set an SoA sheet lists: its name, the ids of the sheet that are its controls, and the sheet's Annex A cross-reference column. */
export interface ControlSet {
  name: string;
  /** Folded ids. */
  ids: Set<string>;
  /** A column of the Annex A controls each row relates to ("ISO 27001": A.5.15), or undefined. */
  mapsTo?: string;
  /** A column naming each row's set ("Theme or group" of the app's export), or undefined. */
  setColumn?: string;
  /** Put before a bare number of a set numbered as Annex A is ("CIS" of "CIS 5.1"), or undefined. */
  prefix?: string;
  /** One of that set's numbers, for messages ("5.1"). */
  example?: string;
}

const setIdOf = (r: RowReader, set: ControlSet | null): string => cellSetId(r.line('controlId'), set);

/** The id of another set's control a cell of the id column gives ("CC1.1 - Board oversight": CC1.1). */
export function cellSetId(text: string, set: ControlSet | null): string {
  const line = oneLine(text);
  return setIdText(namedSetId(line)?.id ?? line, set);
}

/** A known framework's id written before its control's name in one cell ("CC1.1 - Board oversight"): the id and the name. */
function namedSetId(line: string): { id: string; name: string } | null {
  const m = /^(\S+?)(?:\s*[-–—:]\s*|\s+)(\p{L}.*)$/u.exec(line);
  return m && [TSC_ID, CSF_ID, NIST_ID].some((re) => re.test(m[1]!)) ? { id: m[1]!, name: m[2]! } : null;
}

/** The set a row's control belongs to: the row's own set column, else the sheet's set. */
function rowSetName(r: RowReader, set: ControlSet): string {
  return (set.setColumn ? cellText(r.record.cells[set.setColumn]).replace(/\s+/g, ' ').trim().slice(0, 80) : '') || set.name;
}

/** The control of another set a row describes: its id, title, set and related Annex A controls. */
function setControlOf(r: RowReader, set: ControlSet): SetControl {
  const id = setIdOf(r, set);
  const text = r.text('controlTitle').trim() || (namedSetId(r.line('controlId'))?.name ?? '');
  const line = text.replace(/\s+/g, ' ');
  const title = !line ? id : line.length > 200 ? `${line.slice(0, 199)}…` : line;
  const mapsTo = set.mapsTo ? controlsInCell(r.record.cells[set.mapsTo], r.batch.snap.edition).controls : [];
  return { controlId: id, title, description: line.length > 200 || /\n/.test(text) ? text : '', source: rowSetName(r, set), mapsTo };
}

/** The controls of the set a sheet's rows describe, each with where, as its rows would add them (for the registers planned before the sheet). */
export function setControlsOf(rows: RowReader[], set: ControlSet): { control: SetControl; where: string }[] {
  return rows.filter((r) => r.has('controlId') && set.ids.has(setKey(setIdOf(r, set)))).map((r) => ({ control: setControlOf(r, set), where: r.where }));
}

/** The custom control of another set a row names by its id (added by the import when the workspace has none). */
function setControl(r: RowReader, set: ControlSet): ControlRef | null {
  const control = setControlOf(r, set);
  const { controlId: id, mapsTo } = control;
  const made = r.id(r.batch.controlOfSet(control, r.where), 'controlId');
  if (made !== null) r.flags.add('set-control');
  if (made !== null && mapsTo.length) r.flags.add('set-maps-to');
  return made === null ? null : { edition: 'custom', id: r.batch.customControl(id)?.id ?? id };
}

/**
 * An id a control of another set may have: a letter, then letters, digits and brackets, in groups
 * joined by one separator ("CC6.1", "AC-2(1)", "PR.AC-1", "CTL_001", "A1.2"). The separators are
 * required between groups, so a failed match fails fast whatever the cell's length.
 */
const SET_ID = /^\p{L}[\p{L}\p{N}_()]*(?:[.\- /][\p{L}\p{N}_()]+)*$/u;

/** A column that names each row's set ("Theme or group" of the app's own export, "Control set", "Framework"). */
const SET_COLUMN = /^(theme or group|control set|set|framework|source|standard|referentiel|rahmenwerk|marco)$/;

/** A set cell that names Annex A or one of its themes: the row is Annex A's, perhaps mistyped. */
const ANNEX_GROUP = /(iso|27001|annex|organi[sz]ational|people|physical|technological)/;

/** An Annex A id, also with an accent typed by mistake ("Ä.5.3"). */
function annexLike(t: string): boolean {
  const bare = t.normalize('NFD').replace(/\p{M}/gu, '');
  return [t, bare].some((x) => controlRefsFromCell({ value: x, text: x }, null).length > 0);
}

/** The key a set's id is found by: case and spaces aside, accents kept ("Ä.5.3" is not "A.5.3"). */
export const setKey = (id: string): string => id.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Another control set an SoA sheet lists (3.15, 5.4): the ids of its rows that are no Annex A control
 * (not even mistyped: "A.5.99" stays a mistake to report), no custom control of the workspace and
 * shaped as a control's id, when the rows name their controls (a title) and decide about them (a
 * status or applicability) or say how each is implemented (notes, a justification). In a sheet mostly of Annex A rows only ids of a known framework count
 * (SOC 2, NIST), so summary and mistyped rows stay mistakes. Two such ids make a set, or one beside
 * custom controls the workspace has. Named after the workspace's set when most rows are its
 * controls, else from its ids (SOC 2, NIST CSF, NIST SP 800-53, unless a column of the sheet is headed
 * with that framework: then the ids are the sheet's own), else after the sheet.
 */
export function controlSetOf(sheet: SheetAnalysis, m: SheetMapping, custom: (id: string) => { source: string } | undefined): ControlSet | null {
  const column = m.fields['controlId'];
  // (…or say how each is implemented: a system security plan's statements, kept in the notes.)
  if (!column || !(m.fields['status'] || m.fields['applicable'] || m.fields['notes'] || m.fields['justification'])) return null;
  const mapped = new Set(Object.values(m.fields));
  const free = sheet.columns.filter((c) => !mapped.has(c.column));
  const setColumn = free.find((c) => SET_COLUMN.test(fold(c.header)))?.column;
  const rows = sheet.records
    .map((rec) => {
      const line = oneLine(cellText(rec.cells[column]));
      const named = namedSetId(line);
      const title = m.fields['controlTitle'] ? oneLine(cellText(rec.cells[m.fields['controlTitle']])) : (named?.name ?? '');
      return { id: named?.id ?? line, set: setColumn ? cellText(rec.cells[setColumn]).trim() : '', title };
    })
    .filter((x) => x.id !== '');
  // The rows name their controls: in a column of titles, or after each id ("CC1.1 - Board oversight").
  if (!m.fields['controlTitle'] && rows.filter((x) => x.title !== '').length < rows.length * 0.8) return null;
  const texts = rows.map((x) => x.id);
  // Numbers under a header that names their set ("CIS Safeguard": 5.1) are that set's, kept apart from Annex A's by its prefix,
  // unless the rows carry Annex A's own titles (a column headed by the set that holds Annex A's numbers after all).
  const numbered = numberedSet(sheet.columns.find((c) => c.column === column)?.header ?? '');
  const annexTitled = rows.filter((x) => controlByTitle(x.title, '2022') ?? controlByTitle(x.title, '2013')).length;
  if (numbered && annexTitled < rows.length / 2) {
    const ids = texts.map((t) => setIdText(t, numbered)).filter((t) => t.startsWith(`${numbered.prefix} `));
    if (ids.length >= 2) {
      const [usual, times] = usualSource(ids, custom);
      const mapsTo = annexColumn(sheet, free);
      return { name: usual && times >= ids.length / 2 ? usual : numbered.name, ids: new Set(ids.map(setKey)), prefix: numbered.prefix, example: numbered.example, ...(mapsTo ? { mapsTo } : {}), ...(setColumn ? { setColumn } : {}) };
    }
  }
  const annex = texts.filter(annexLike).length;
  const known = (t: string) => TSC_ID.test(t) || CSF_ID.test(t) || NIST_ID.test(t);
  const own = rows
    .filter(({ id: t, set }) => {
      if (custom(t) || t.length > 40 || !/\d/.test(t) || NOT_AN_ID.test(t) || !SET_ID.test(t) || annexLike(t)) return false;
      // "A.5.99" or "5.99" is an Annex A id mistyped; "A1.2" (SOC 2) is none: Annex A starts at 5.
      if (!idsInCell({ value: t, text: t }).every((id) => Number(id.split('.')[1]) < 5)) return false;
      // Beside Annex A rows, a framework's id, or a row whose own column names its set (the app's export: "Cloud security").
      return annex < texts.length * 0.5 || known(t) || (set !== '' && !ANNEX_GROUP.test(fold(set)));
    })
    .map((x) => x.id);
  const [usual, times] = usualSource(texts, custom);
  if (own.length < 2 && !(own.length === 1 && times > 0)) return null;
  const headers = sheet.columns.filter((c) => c.column !== column).map((c) => c.header).join(' ');
  const share = (re: RegExp) => own.filter((t) => re.test(t)).length / own.length;
  const name =
    usual && times >= own.length
      ? usual
      : share(TSC_ID) >= 0.6 && !/\b(soc ?2|tsc)\b/i.test(headers)
        ? 'SOC 2'
        : share(CSF_ID) >= 0.6 && !/\b(csf)\b/i.test(headers)
          ? 'NIST CSF'
          : share(NIST_ID) >= 0.6 && !/\b(nist|800 ?- ?53)\b/i.test(headers)
            ? 'NIST SP 800-53'
            : sheet.name.trim().slice(0, 80) || 'Imported controls';
  const mapsTo = annexColumn(sheet, free);
  return { name, ids: new Set(own.map(setKey)), ...(mapsTo ? { mapsTo } : {}), ...(setColumn ? { setColumn } : {}) };
}

/** The set most of the workspace's custom controls among `ids` belong to, and how many of them do ('' and 0 for none). */
function usualSource(ids: string[], custom: (id: string) => { source: string } | undefined): [string, number] {
  const counts = new Map<string, number>();
  for (const t of ids) {
    const source = custom(t)?.source.trim();
    if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
}

/** A column no field took, headed as Annex A's or written with "A." ids: it relates each control to them (numbers are no ids). */
function annexColumn(sheet: SheetAnalysis, free: SheetAnalysis['columns']): string | undefined {
  return free.find((c) => {
    const cells = sheet.records.map((rec) => rec.cells[c.column]).filter((x): x is NonNullable<typeof x> => x !== undefined && typeof x.value === 'string' && x.text.trim() !== '');
    const headed = ANNEX_HEADER.test(c.header);
    const written = cells.filter((x) => /(^|[\s,;])A\.\s?\d/i.test(x.text)).length >= cells.length * 0.5;
    return cells.length > 0 && (headed || written) && cells.filter((x) => controlRefsFromCell(x, null).some((ref) => ref.kind === 'control')).length >= cells.length * 0.5;
  })?.column;
}

/** The name of a row's control in the preview: its id and title. */
export function soaTitle(r: RowReader, control: ControlRef): string {
  const title = control.edition === 'custom' ? (r.batch.customControl(control.id)?.title ?? r.batch.addedControlTitle(control.id)) : controlTitle(control.edition as Edition, control.id);
  return `${control.id} ${title ?? ''}`.trim();
}

/** True when the row records nothing about its control: no decision, status, owner or text. */
export function recordsNothing(r: RowReader): boolean {
  return Object.keys(r.mapping.fields).every((f) => f === 'controlId' || f === 'controlTitle' || r.line(f) === '') && r.noteLines() === '';
}

type Reason = SoaEntryDraft['reasons'][number];

/** 5.2 Reasons named in a justification: codes (RT, LR, CO, BP and their variants) or words. */
export function reasonsIn(text: string): Reason[] {
  const out = new Set<Reason>();
  const t = text.toLowerCase();
  if (/\b(rt|rra|ra)\b|risk (treatment|assessment)|risk analysis|traitement du risque|risikobehandlung|ošetření rizik|osetreni rizik|αντιμετώπιση κινδύνου/.test(t)) out.add('RT');
  if (/\b(lr|reg)\b|legal|regulat|\blaw|gdpr|rgpd|dsgvo|statut|zákon|zakon|gesetz|\bloi\b|\bley\b|νομ/.test(t)) out.add('LR');
  if (/\b(co|cr)\b|contract|smlouv|vertrag|contrat|contrato|συμβα/.test(t)) out.add('CO');
  if (/\b(bp|br)\b|business|best practice|good practice|obchodn|geschäft|geschaft|métier|metier|negocio|πρακτικ/.test(t)) out.add('BP');
  return [...out];
}

/** Risks named in the text by their ids ("R1", "RSK-012"), among the workspace's and the import's risks. */
function risksNamed(r: RowReader, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b[A-Za-z]{1,6}[-_.]?\d{1,5}\b/g)) {
    const id = r.batch.find('risks', m[0]);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The reasons of an applicable row: those its justification names, and RT when it names risks. */
function reasons(d: SoaEntryDraft, why: string): Reason[] {
  const named = reasonsIn(why);
  if (d.risks.length && !named.includes('RT')) named.unshift('RT');
  return REASONS.filter((x) => named.includes(x));
}

const REASONS = ['RT', 'LR', 'CO', 'BP'] as const;

/** Reasons listed in a cell by code or label ("RT, Legal or regulatory"), in the cell's order; the pieces not understood. */
export function reasonsListed(text: string): { reasons: Reason[]; unknown: string[] } {
  const out: Reason[] = [];
  const unknown: string[] = [];
  for (const piece of splitList(text)) {
    const f = fold(piece);
    const code = REASONS.find((c) => fold(c) === f || fold(soaReasonLabels[c]) === f);
    const found = code ? [code] : reasonsIn(piece);
    if (!found.length) unknown.push(piece);
    for (const c of found) if (!out.includes(c)) out.push(c);
  }
  return { reasons: out, unknown };
}

/** The risks a "Linked risks" cell names by id (or title), among the workspace's and the import's risks. */
function risksListed(r: RowReader): string[] {
  const out: string[] = [];
  const known = (n: string): boolean => r.batch.find('risks', n, n) !== undefined;
  for (const name of namesInCell(r.raw('risks'), known)) {
    const id = r.batch.find('risks', name, name);
    if (!id) r.warn('risks', `No risk with the id ${name.slice(0, 40)} in this workbook or in the workspace; left out.`);
    else if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** The risks and reasons of a row: from their own columns when the sheet has them, else from the justification's text. */
function links(r: RowReader, d: SoaEntryDraft, why: string, notes: string): void {
  if (r.has('risks')) d.risks = risksListed(r);
  else if (r.has('justification') || r.has('notes')) {
    const named = risksNamed(r, `${why}\n${notes}`);
    if (named.length || r.has('justification')) d.risks = named;
  }
  if (r.has('reasons')) {
    const listed = reasonsListed(r.raw('reasons'));
    if (listed.unknown.length) r.warn('reasons', `${listed.unknown.join(', ').slice(0, 80)}: not a reason (RT, LR, CO, BP or its name); left out.`);
    d.reasons = listed.reasons;
    if (d.applicable === 'no' && d.reasons.length) r.warn('reasons', 'Excluded, so its reasons for inclusion are left out.');
  } else if (d.applicable === 'yes' && r.has('justification')) d.reasons = reasons(d, why);
  if (d.applicable === 'no' || (d.applicable !== 'yes' && !r.has('reasons'))) d.reasons = [];
  if (d.applicable === 'yes' && !d.reasons.length) r.flags.add('no-reason');
}

/** A stored note without the lines columns kept in the notes wrote at its end ("Header: …", one per column). */
function keptNote(note: string, r: RowReader): string {
  const headers = r.noteHeaders();
  const lines = note.split('\n');
  while (lines.length && (lines[lines.length - 1]!.trim() === '' || headers.some((h) => lines[lines.length - 1]!.startsWith(h)))) lines.pop();
  return lines.join('\n');
}

/** The SoA entry a row describes, over `base` (the stored entry for the control, or a new one). */
export function mapSoaEntry(r: RowReader, base: SoaEntryDraft, control: ControlRef): SoaEntryDraft {
  const d: SoaEntryDraft = { ...base, control: [control] };
  const applicable = r.code('applicable');
  if (applicable !== null) d.applicable = (applicable || 'undecided') as SoaEntryDraft['applicable'];
  const why = r.text('justification');
  const notes = r.text('notes');
  if (r.has('justification')) {
    if (d.applicable === 'no') d.exclusionJustification = why;
    else d.inclusionJustification = why;
  }
  links(r, d, why, notes);
  if (d.applicable === 'no' && isEmptyJustification(d.exclusionJustification, control))
    r.warn(r.has('justification') ? 'justification' : 'applicable', 'Excluded without a justification: imported, and flagged in the SoA until one is given.');
  // Without an applicability column, a status of "Not applicable" excludes the control, and one of implementation
  // (done, partly, planned) includes it, to be confirmed; a decision already stored stands.
  // …unless the user gave "N/A" a status of its own in the value translations.
  const chosen = r.mapping.valueMaps.find((m) => m.field === 'status' && m.to && fold(m.from) === fold(r.line('status')));
  const excluded = applicable === null && r.has('status') && NOT_APPLICABLE.test(fold(r.line('status'))) && !chosen;
  const status = excluded ? null : r.code('status');
  if (excluded && d.applicable === 'undecided') {
    d.applicable = 'no';
    r.warn('status', '“Not applicable”: the control is imported as excluded; give the reason in the SoA.');
  }
  if (status) d.implementationStatus = status as SoaEntryDraft['implementationStatus'];
  if (applicable === null && d.applicable === 'undecided' && ['implemented', 'partially_implemented', 'planned'].includes(status ?? '')) {
    d.applicable = 'yes';
    d.pendingReview = true;
    r.warn('status', 'No applicability column: the control is taken as applicable from its status, to be confirmed in the SoA.');
  }
  if (r.mapping.fields['notes']) d.implementationNote = notes;
  // Columns kept in the note renew their own lines ("NIST: PM-1"); what was written in the app stays.
  else if (r.has('notes')) d.implementationNote = [keptNote(d.implementationNote, r), notes].filter(Boolean).join('\n');
  if (r.has('owner')) d.owner = r.person('owner');
  if (r.has('evidence')) d.evidence = [...new Set(itemsInCell(r.text('evidence'), isAppLayout(r.sheet, 'soa')))];
  return d;
}

export { soaEntryEntity };
