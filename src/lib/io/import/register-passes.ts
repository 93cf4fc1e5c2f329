/**
 * The passes that move a register's field to the column that plainly holds it, by kind: a device's role as its type, the asset's
 * owner as the risk's, a plan's risk codes, a kind of risk as its name, the asset by its name rather than its number or vendor, and
 * a status told in sentences. Split from column-passes.ts.
 */
import type { ColumnHeader } from './header-rows.ts';
import type { FieldCandidate } from './fields.ts';
import { isCurrentHeader, isInherentHeader, isResidualHeader, stageless } from './rating-headers.ts';
import { normaliseHeader } from './headers.ts';
import { RISK_WORD } from './kind-words.ts';
import { assetColumnField, ASSET_KEY, ASSET_NAME, isTechnical } from './asset-columns.ts';
import { give, MIN_CONFIDENCE, moveField } from './column-passes.ts';
import { codedIds, countsRows } from './column-values.ts';
import type { Candidate, ValueCache } from './columns.ts';

/** Words of what a device does ("Domain controller", "Web server", "Workstation"): a person's role ("Developer") has none. */
const DEVICE_ROLE = /(^| )(server|servers|controller|router|switch|firewall|workstation|workstations|host|hypervisor|database|db|proxy|gateway|printer|laptop|desktop|storage|nas|san|vpn|mail|web|dns|dhcp|file|backup|load balancer|access point|domain|client|node|cluster|vm|virtual machine|container|kiosk|terminal|scanner|camera|sensor|plc|hmi|scada|appliance|jump|bastion|siem|ids|ips|wifi|wlan|ap)( |$)/;
/** Words of a person's job ("Web developer", "Backup administrator"), whatever device words they hold. */
const PERSON_ROLE = /(^| )(developer|manager|administrator|admin|officer|analyst|engineer|lead|owner|consultant|designer|accountant|assistant|director|head|specialist|architect|operator|technician|user)( |$)/;
/** A device's "Role" ("Domain controller", "Web server") beside its IP or OS is its type; a person's role (in a staff list) is not. */
export function roleAsType(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  if (fields.has('type') || !headers.some((h) => isTechnical(h.child))) return;
  const deviceRoles = (col: number): boolean => {
    const texts = values.texts(col);
    return texts.length > 0 && texts.filter((t) => DEVICE_ROLE.test(normaliseHeader(t)) && !PERSON_ROLE.test(normaliseHeader(t))).length >= texts.length * 0.5;
  };
  const h = headers.find((x) => !taken.has(x.col) && /^(role|function|purpose)$/.test(normaliseHeader(x.child)) && values.get(x.col).count > 0 && values.get(x.col).avgLength <= 40 && deviceRoles(x.col));
  if (!h) return;
  give(fields, confidence, taken, h.col, 'type', 0.7);
}

/**
 * An inventory's confidentiality rating ("Vertraulichkeit": 3, "Confidencialidad": Alta) is its classification when no column
 * names one (a "Klassifizierung" beside it is the class, the rating one of the C, I, A needs). Not a lone letter "C".
 */
export function confidentialityAsClass(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[]): void {
  const held = fields.get('classification');
  if (held !== undefined && (confidence.get('classification') ?? 0) >= 0.8) return;
  const h = headers.find((x) => !taken.has(x.col) && assetColumnField(x.child) === 'valueC' && normaliseHeader(x.child).length > 1);
  if (!h) return;
  if (held !== undefined) taken.delete(held);
  give(fields, confidence, taken, h.col, 'classification', 0.8);
}

/** The owner of what is at risk ("asset_owner", "System owner") when no column names the risk's owner: who answers for the risk. */
const THING_OWNER = /^(asset|system|process|service|application|information) owner$/;
export function ownerOfTheAsset(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  if (fields.has('owner')) return;
  const h = headers.find((x) => !taken.has(x.col) && THING_OWNER.test(normaliseHeader(x.child)) && values.get(x.col).count > 0);
  if (!h) return;
  give(fields, confidence, taken, h.col, 'owner', 0.6);
}

/**
 * A plan that names each risk twice, by its code ("ID": R-01) and by its name ("Risk": Ransomware),
 * links by the code: names change, ids do not. Not a column of the plan's own numbers (1, 2, 3;
 * "ACT-01"), which are no risk's.
 */
export function riskByCode(candidates: Candidate[], fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const col = fields.get('riskId');
  if (col === undefined) return;
  const named = values.get(col);
  if (named.count < 3 || named.codes >= 0.5 || named.avgLength <= 12) return;
  const code = candidates.find((c) => {
    // Its header names the risk's key ("ID", "Risk ID"), not the plan's own ("Plan": PA01).
    if (c.field !== 'riskId' || c.header === undefined || c.col === col || taken.has(c.col) || c.confidence < MIN_CONFIDENCE) return false;
    const v = values.get(c.col);
    // The codes are the risks' ("Risk ID", or R-01 under a bare "ID"), not the plan's own (TP-01, A-01).
    const riskHeader = RISK_WORD.test(normaliseHeader(headers.find((h) => h.col === c.col)?.child ?? ''));
    return v.count >= 3 && v.codes >= 0.8 && v.distinct >= 0.9 && v.actionIds < 0.5 && v.sequence < 0.8 && v.numeric < 0.5 && (riskHeader || v.riskCodes >= 0.8);
  });
  if (!code) return;
  taken.delete(col);
  fields.set('riskId', code.col);
  confidence.set('riskId', code.confidence);
  taken.set(code.col, code);
}

/**
 * A plan whose risk went to a bare key of codes that are no risk's ("ID": PA-01, T-03) while a column plainly headed as the risk
 * names each ("Risco": "1 - Vazamento de dados") links by that column: the codes number the plan's own actions.
 */
export function riskOverOwnIds(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const col = fields.get('riskId');
  if (col === undefined || RISK_WORD.test(normaliseHeader(headers.find((h) => h.col === col)?.child ?? ''))) return;
  const v = values.get(col);
  if (v.count < 3 || v.codes < 0.8 || v.riskCodes >= 0.5) return;
  const risk = headers.find((h) => !taken.has(h.col) && RISK_WORD.test(normaliseHeader(h.child)) && normaliseHeader(h.child).split(' ').length <= 2);
  if (!risk) return;
  const r = values.get(risk.col);
  if (r.count < 3 || r.numeric >= 0.5 || r.scale >= 0.5 || r.avgLength <= 8) return;
  taken.delete(col);
  give(fields, confidence, taken, risk.col, 'riskId', 0.85);
}

/** "Risk type", "risk_category", "Tipo de riesgo": a kind of risk. */
const KIND_WORD = /(^| )(type|types|category|categories|categorie|categoria|categorias|kategorie|kategorien|kategori|kategorii|tipo|tipos|typ|typu|class|classe|clase|classification)( |$)/;

/**
 * Where nothing else names or describes a register's risks (no title, description, threat or weakness),
 * the kind of each risk ("Risk type": Vendor risk, Customer-facing AI risk) is its name: the labellers of the
 * held-out sets took it for the title there, and for no field beside a description.
 */
export function riskKindAsTitle(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  if (['title', 'description', 'threat', 'vulnerability'].some((f) => fields.has(f))) return;
  const h = headers.find((x) => {
    const words = normaliseHeader(x.child);
    return !taken.has(x.col) && RISK_WORD.test(words) && KIND_WORD.test(words);
  });
  if (!h) return;
  const v = values.get(h.col);
  // (A category repeated down the rows, "Operational" again and again, names no risk: the rows stay untitled for the user to decide.)
  if (v.count < 2 || v.distinct < 0.8 || v.numeric > 0.2 || v.scale > 0.3 || v.avgLength < 3) return;
  fields.set('title', h.col);
  confidence.set('title', 0.6);
  taken.set(h.col, { col: h.col, field: 'title', confidence: 0.6 });
}

/**
 * A register's "Asset ID" beside its "Asset" (name): the asset is the column that names it, as every labeller of
 * the held-out sets read it (the mapping finds each asset by the number beside the name all the same).
 */
export function assetByName(fields: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[]): void {
  const col = fields.get('asset');
  const header = (c: number) => normaliseHeader(headers.find((h) => h.col === c)?.child ?? '');
  if (col === undefined || !ASSET_KEY.test(header(col))) return;
  const name = headers.find((h) => !taken.has(h.col) && ASSET_NAME.test(normaliseHeader(h.child)));
  if (!name) return;
  moveField(fields, taken, 'asset', name.col);
}

/** A third party's column ("Vendor", "Supplier name"): the asset of a vendor risk register, where nothing else names one. */
const VENDOR_HEADER = /^(vendor|vendor name|supplier|supplier name|third party|provider)$/;

/** The vendor yields the asset to a column that names one plainly ("System", "Asset") beside it, wherever it stands. */
export function vendorYieldsAsset(fields: Map<string, number>, taken: Map<number, Candidate>, heard: Map<number, FieldCandidate[]>, headers: ColumnHeader[]): void {
  const col = fields.get('asset');
  const header = (c: number) => normaliseHeader(headers.find((h) => h.col === c)?.child ?? '');
  if (col === undefined || !VENDOR_HEADER.test(header(col))) return;
  const other = headers.find((h) => !taken.has(h.col) && !VENDOR_HEADER.test(header(h.col)) && (heard.get(h.col) ?? []).some((x) => x.field === 'asset' && x.confidence >= 0.75));
  if (!other) return;
  moveField(fields, taken, 'asset', other.col);
}

/** A header that says status in so many words ("Treatment status", "Estado"; not "State" or "Current state"). */
const STATUS_HEAD = /(^| )(status|statut|estado|stato|stav)( |$)/;
/**
 * …of the risk or its treatment, and of nothing else: its other words are among these ("Current status", "Treatment status",
 * "Estado del riesgo"; not "Control status", "Implementation status", "Audit status", "Estado de los controles").
 */
const RISK_STATUS_WORDS = new Set(['status', 'statut', 'estado', 'stato', 'stav', 'risk', 'risks', 'riesgo', 'risque', 'risiko', 'rischio', 'risco',
  'treatment', 'tratamiento', 'traitement', 'behandlung', 'trattamento', 'tratamento', 'mitigation', 'mitigacion', 'response', 'current', 'overall',
  'actual', 'actuel', 'aktuell', 'attuale', 'latest', 'of', 'the', 'del', 'de', 'du', 'des', 'der', 'la', 'le', 'el', 'do', 'da', 'dello', 'di',
  // …or of the actions against it, and how they progress ("Action status", "Remediation status", "Status and next steps").
  'action', 'actions', 'remediation', 'update', 'progress', 'closure', 'next', 'steps', 'step', 'and', 'y', 'et', 'und', 'e',
  'risikobehandlung', 'accion', 'acciones', 'acao', 'acoes', 'avancement', 'fortschritt', 'avance']);
const riskStatusHeader = (header: string): boolean => {
  const words = normaliseHeader(header).split(' ').filter(Boolean);
  return words.some((w) => STATUS_HEAD.test(w)) && words.every((w) => RISK_STATUS_WORDS.has(w));
};

/**
 * A column headed as a status whose long cells each lead with one and explain it ("Partially implemented – laptops not yet",
 * "Complete – restore tested"): the risk's status, when no column took it. (A "State" told that way describes the controls; a
 * "Control status" or an "Audit status" is the controls' or the audit's.)
 */
export function explainedStatus(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  if (fields.has('status')) return;
  const told = headers.find((h) => !taken.has(h.col) && riskStatusHeader(h.child) && values.get(h.col).count >= 2 && values.get(h.col).avgLength > 40 && values.get(h.col).statuses >= 0.8);
  if (told) give(fields, confidence, taken, told.col, 'status', 0.6);
}

const BASE_RATINGS = new Set(['likelihood', 'impact', 'score', 'level']);

/**
 * Ratings headed "Current" beside ratings headed "Initial" or "Inherent" ("Initial consequence … Current consequence, Current
 * grade") are the ratings with the controls in place: the residual ones, as a group, where no other column says residual.
 */
export function currentAfterInitial(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, heard: Map<number, FieldCandidate[]>, headers: ColumnHeader[]): void {
  const rating = (col: number) => heard.get(col)?.find((c) => BASE_RATINGS.has(stageless(c.field)) && c.confidence >= 0.6);
  const initial = headers.some((h) => isInherentHeader(h.text) && rating(h.col));
  const current = headers.filter((h) => isCurrentHeader(h.text) && !isInherentHeader(h.text) && !isResidualHeader(h.text) && rating(h.col));
  if (!initial || current.length === 0) return;
  const currentCols = new Set(current.map((h) => h.col));
  if ([...fields].some(([f, col]) => f.startsWith('residual') && !currentCols.has(col))) return;
  for (const h of current) {
    const base = stageless(rating(h.col)!.field);
    const residual = `residual${base[0]!.toUpperCase()}${base.slice(1)}`;
    const was = taken.get(h.col);
    if (fields.has(residual) && fields.get(residual) !== h.col) continue;
    if (was && BASE_RATINGS.has(was.field)) fields.delete(was.field);
    else if (was) continue;
    give(fields, confidence, taken, h.col, residual, Math.max(0.6, (was?.confidence ?? rating(h.col)!.confidence) * 0.95));
  }
}

/**
 * A count down the rows ("#", "No.": 1, 2, 3…) yields the id to a column plainly headed as the id that holds codes ("Asset code":
 * HW-001, "Risk ID": R-07): the count only numbers the lines.
 */
export function countYieldsId(fields: Map<string, number>, taken: Map<number, Candidate>, heard: Map<number, FieldCandidate[]>, values: ValueCache): void {
  const id = fields.get('id');
  if (id === undefined || !countsRows(values.get(id))) return;
  const coded = [...heard].find(([col, list]) => col !== id && !taken.has(col) && list[0]?.field === 'id' && list[0].confidence >= 0.9 && codedIds(values.get(col)));
  if (coded) moveField(fields, taken, 'id', coded[0]);
}

/**
 * A helper key built from the row's id ("key": R-001|Very high, for a lookup) yields the id to the column it copies ("Risk code":
 * most of its cells start with that column's cell on the same row.
 */
export function copiedKeyYieldsId(fields: Map<string, number>, taken: Map<number, Candidate>, heard: Map<number, FieldCandidate[]>, values: ValueCache): void {
  const id = fields.get('id');
  if (id === undefined) return;
  const keys = values.rowTexts(id);
  const copied = (col: number) => {
    const own = values.rowTexts(col);
    const pairs = own.map((t, i) => [t, keys[i] ?? ''] as const).filter(([t, k]) => t !== '' && k !== '');
    return pairs.length >= 3 && pairs.filter(([t, k]) => k !== t && k.startsWith(t)).length >= pairs.length * 0.6 && pairs.every(([t, k]) => k.startsWith(t));
  };
  const source = [...heard].find(([col, list]) => col !== id && !taken.has(col) && list[0]?.field === 'id' && list[0].confidence >= 0.8 && copied(col));
  if (source) moveField(fields, taken, 'id', source[0]);
}

