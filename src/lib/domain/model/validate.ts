import { isKnownControl } from '../catalogs/index.ts';
import { type Field, type Fields, type Issue, emptyValue, isEmpty, optionLabel } from './fields.ts';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(v: string): boolean {
  const m = DATE_RE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Links from data may only be web or mail links. */
export function isSafeUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}

function checkValue(f: Field, v: unknown, path: string, out: Issue[]): void {
  const add = (message: string): void => {
    out.push({ field: path, message });
  };
  if (v === undefined) return add(`${f.label} is missing.`);
  if (isEmpty(v)) {
    const empty = emptyValue(f);
    const wellFormed = f.kind === 'text' ? typeof v === 'string' : Array.isArray(empty) ? Array.isArray(v) : v === null;
    if (!wellFormed) add(`${f.label} is malformed.`);
    else if (f.required) add(`${f.label} is required.`);
    return;
  }
  switch (f.kind) {
    case 'text':
      if (typeof v !== 'string') return add(`${f.label} must be text.`);
      if (!f.multiline && /[\r\n]/.test(v)) add(`${f.label} must be a single line.`);
      if (v.length > (f.maxLength ?? (f.multiline ? 20000 : 500)))
        add(`${f.label} is too long (at most ${f.maxLength ?? (f.multiline ? 20000 : 500)} characters).`);
      if (f.format === 'email' && !EMAIL_RE.test(v.trim())) add(`${f.label} is not an e-mail address.`);
      if (f.format === 'url' && !isSafeUrl(v.trim())) add(`${f.label} must be an https:, http: or mailto: link.`);
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return add(`${f.label} must be a number.`);
      if (f.integer && !Number.isInteger(v)) add(`${f.label} must be a whole number.`);
      if (f.min !== undefined && v < f.min) add(`${f.label} must be at least ${f.min}.`);
      if (f.max !== undefined && v > f.max) add(`${f.label} must be at most ${f.max}.`);
      return;
    case 'bool':
      if (typeof v !== 'boolean') add(`${f.label} must be yes or no.`);
      return;
    case 'date':
      if (typeof v !== 'string' || !isIsoDate(v)) add(`${f.label} must be a date (YYYY-MM-DD).`);
      return;
    case 'enum':
      if (typeof v !== 'string' || !f.options.includes(v))
        add(`${f.label} must be one of: ${f.options.map((o) => optionLabel(f, o)).join(', ')}.`);
      return;
    case 'multiEnum':
      if (!Array.isArray(v)) return add(`${f.label} must be a list.`);
      for (const x of v) if (!f.options.includes(x as string)) add(`${f.label}: "${String(x)}" is not a known choice.`);
      if (new Set(v).size !== v.length) add(`${f.label} lists a choice twice.`);
      return;
    case 'ref':
      if (typeof v !== 'string') add(`${f.label} must be a link to a record.`);
      return;
    case 'refs':
    case 'strings':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === ''))
        return add(`${f.label} must be a list of ${f.kind === 'refs' ? 'links' : 'texts'}.`);
      if (new Set(v).size !== v.length) add(`${f.label} lists the same item twice.`);
      return;
    case 'controls':
      return checkControls(f.label, v, add);
    case 'rating':
      return checkRating(f.label, v, add);
    case 'list':
      if (!Array.isArray(v)) return add(`${f.label} must be a list.`);
      v.forEach((item, i) => checkFields(f.of, item, `${path}.${i}`, out));
      return;
    case 'group':
      if (typeof v !== 'object' || Array.isArray(v)) return add(`${f.label} is malformed.`);
      checkFields(f.of, v, path, out);
      return;
  }
}

function checkControls(label: string, v: unknown, add: (m: string) => void): void {
  if (!Array.isArray(v)) return add(`${label} must be a list of controls.`);
  const seen = new Set<string>();
  for (const c of v as unknown[]) {
    const cr = c as { edition?: unknown; id?: unknown } | null;
    if (!cr || typeof cr.id !== 'string' || !['2013', '2022', 'custom'].includes(String(cr.edition))) {
      add(`${label}: an entry is not a control.`);
      continue;
    }
    const key = `${String(cr.edition)}:${cr.id}`;
    if (seen.has(key)) add(`${label} lists ${cr.id} twice.`);
    seen.add(key);
    if (cr.edition !== 'custom' && !isKnownControl(cr.edition as '2013' | '2022', cr.id))
      add(`${label}: ${cr.id} is not a control of Annex A ${String(cr.edition)}.`);
    if (cr.edition === 'custom' && cr.id.trim() === '') add(`${label}: a custom control has no id.`);
  }
}

function checkRating(label: string, v: unknown, add: (m: string) => void): void {
  const r = v as { likelihood?: unknown; impact?: unknown };
  if (typeof r !== 'object' || r === null) return add(`${label} is malformed.`);
  const missing = (['likelihood', 'impact'] as const).filter((k) => r[k] === null || r[k] === undefined);
  if (missing.length === 1) return add(`${label}: give both likelihood and impact, or neither (a draft may wait for its rating); the ${missing[0]} is missing.`);
  for (const k of ['likelihood', 'impact'] as const) {
    const x = r[k];
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > 7)
      add(`${label}: ${k} must be a whole number from 1 to 7.`);
  }
}

/** Checks every field of `values` against its description; paths are prefixed with `prefix`. */
export function checkFields(fields: Fields, values: unknown, prefix: string, out: Issue[]): void {
  if (typeof values !== 'object' || values === null) {
    out.push({ field: prefix, message: 'The record is malformed.' });
    return;
  }
  const rec = values as Record<string, unknown>;
  for (const [k, f] of Object.entries(fields)) checkValue(f, rec[k], prefix ? `${prefix}.${k}` : k, out);
}
