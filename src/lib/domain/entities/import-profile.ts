import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, int, list, oneOf, text } from '../model/fields.ts';

const fields = {
  name: text('Name', { required: true, column: true, maxLength: 120 }),
  kind: oneOf('Register', ['risks', 'soa', 'assets', 'treatment_plan'], {
    required: true,
    column: true,
    labels: { risks: 'Risk register', soa: 'Statement of Applicability', assets: 'Asset inventory', treatment_plan: 'Risk treatment plan' },
  }),
  signature: text('Header fingerprint', { maxLength: 5000, help: 'Recognises a workbook with the same layout.' }),
  sheetName: text('Sheet', { column: true, maxLength: 120 }),
  headerRow: int('Header row', { min: 1 }),
  columns: list('Columns', 'Column', {
    column: text('Column', { required: true, maxLength: 3, help: 'The column letter, e.g. C.' }),
    header: text('Header'),
    field: text('Field', { required: true, maxLength: 60 }),
  }),
  valueMaps: list('Value translations', 'Translation', {
    field: text('Field', { required: true, maxLength: 60 }),
    from: text('Value in the file', { required: true }),
    to: text('Value in the app'),
  }),
  edition: oneOf('SoA edition', ['2013', '2022'], {
    labels: { '2013': 'ISO/IEC 27001:2013', '2022': 'ISO/IEC 27001:2022' },
    help: 'The Annex A edition the user chose for this layout’s control numbers; empty when the import recognises it.',
  }),
  lastUsedAt: date('Last used', { column: true }),
};
export type ImportProfileDraft = Values<typeof fields>;

/** A saved spreadsheet mapping, reused for the next import of the same layout (supports 6.1.2 and 6.1.3). */
export const importProfileEntity = defineEntity({
  table: 'importProfiles',
  label: 'Import mapping',
  plural: 'Import mappings',
  refPrefix: 'MAP',
  clause: '6.1.2',
  area: 'system',
  titleField: 'name',
  fields,
  rules: (d) => importProfileRules(d),
});
export type ImportProfile = RecordOf<typeof importProfileEntity>;

function importProfileRules(d: ImportProfileDraft): Issue[] {
  const out: Issue[] = [];
  const letters = new Set<string>();
  const mapped = new Set<string>();
  d.columns.forEach((c, i) => {
    const letter = c.column.trim().toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(letter)) out.push({ field: `columns.${i}.column`, message: 'Column must be a letter such as C or AB.' });
    else if (letters.has(letter)) out.push({ field: `columns.${i}.column`, message: `Column ${letter} is mapped twice.` });
    letters.add(letter);
    const f = c.field.trim();
    if (mapped.has(f)) out.push({ field: `columns.${i}.field`, message: `Field ${f} is read from two columns.` });
    mapped.add(f);
  });
  const pairs = new Set<string>();
  d.valueMaps.forEach((m, i) => {
    const key = `${m.field.trim()}\u0000${m.from.trim().toLowerCase()}`;
    if (pairs.has(key)) out.push({ field: `valueMaps.${i}.from`, message: `"${m.from}" is translated twice for ${m.field}.` });
    pairs.add(key);
  });
  return out;
}
