/**
 * An SoA row as an SoA entry (3.16, 5.2): the control by its id in the sheet's edition, the
 * applicability and its justification, the implementation status, and the risks it names.
 */
import { controlTitle, type Edition } from '../../../domain/catalogs/index.ts';
import { type SoaEntryDraft, isEmptyJustification, soaEntryEntity, soaReasonLabels } from '../../../domain/entities/soa-entry.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { cellText, fold, itemsInCell, namesInCell, splitList } from './cells.ts';
import { controlRefsFromCell } from '../control-ids.ts';
import { isAppLayout } from './extra-fields.ts';
import { controlByTitle, controlsInCell } from './controls.ts';
import type { RowReader } from './row.ts';
import type { SheetAnalysis } from '../types.ts';

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
export function soaControl(r: RowReader, edition: Edition, controlSet: string | null = null): ControlRef | null {
  const custom = r.has('controlId') ? r.batch.customControl(r.line('controlId')) : undefined;
  if (custom) return { edition: 'custom', id: custom.id };
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
  // A sheet of another set's controls ("CC6.1", "CTL-001"): the row's control becomes a custom control of that set.
  if (controlSet && r.has('controlId') && ids.length === 0) return setControl(r, controlSet);
  const group = controlRefsFromCell(cell, edition).find((ref) => ref.kind !== 'control') ?? (/^\s*A\.?\s?\d{1,2}\.(x|\*)/i.test(cellText(cell)) ? { id: cellText(cell).trim().split(/\s/)[0] } : undefined);
  // "A.9.1" in a 2013 SoA is an objective: say it groups controls rather than that it is none.
  if (ids.length && !(group && ids[0] === group.id)) r.problem(idField, `${ids[0]} is not a control of Annex A ${edition}.`);
  else if (group) r.problem(idField, `${group.id} names a group of controls, not one control: give each control its own row to import it.`);
  else r.problem(idField, 'No Annex A control id in this row, nor the id of a custom control of the workspace.');
  return null;
}

/** The custom control of another set a row names by its id (added by the import when the workspace has none). */
function setControl(r: RowReader, controlSet: string): ControlRef | null {
  const id = r.line('controlId').replace(/\s+/g, ' ').trim();
  if (!id) {
    r.problem('controlId', 'No control id in this row.');
    return null;
  }
  const text = r.text('controlTitle').trim();
  const line = text.replace(/\s+/g, ' ');
  const title = !line ? id : line.length > 200 ? `${line.slice(0, 199)}…` : line;
  const made = r.id(r.batch.controlOfSet(id, title, line.length > 200 || /\n/.test(text) ? text : '', controlSet, r.where), 'controlId');
  return made === null ? null : { edition: 'custom', id: r.batch.customControl(id)?.id ?? id };
}

/**
 * The control set of an SoA sheet whose control ids are mostly no Annex A control nor a custom control of
 * the workspace (SOC 2 criteria, NIST ids, the organisation's own "CTL-001"), named from its ids or its
 * sheet; null for an SoA of Annex A, whose unknown ids are mistakes to report.
 */
export function controlSetOf(sheet: SheetAnalysis, column: string | undefined, custom: (id: string) => boolean): string | null {
  if (!column) return null;
  const texts = sheet.records.map((rec) => cellText(rec.cells[column]).trim()).filter((t) => t !== '');
  if (texts.length === 0) return null;
  const known = sheet.records.filter((rec) => {
    const c = rec.cells[column];
    return custom(cellText(c).trim()) || controlRefsFromCell(c, null).some((x) => x.kind === 'control');
  }).length;
  if (known >= texts.length * 0.4) return null;
  const share = (re: RegExp) => texts.filter((t) => re.test(t)).length / texts.length;
  if (share(/^CC\d{1,2}\.\d{1,2}$/) >= 0.6) return 'SOC 2';
  if (share(/^(ID|PR|DE|RS|RC|GV)\.[A-Z]{2}-\d{1,2}$/) >= 0.6) return 'NIST CSF';
  if (share(/^(AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-\d{1,2}( ?\(\d{1,2}\))?$/) >= 0.6) return 'NIST SP 800-53';
  return sheet.name.trim().slice(0, 80) || 'Imported controls';
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
