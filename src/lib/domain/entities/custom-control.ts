import { isKnownControl } from '../catalogs/index.ts';
import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { controls, longText, text } from '../model/fields.ts';

const fields = {
  controlId: text('Control id', { required: true, column: true, maxLength: 40, help: 'X.1, X.2… or the id used by its source.' }),
  source: text('Control set', {
    column: true,
    help: 'The set it belongs to, for example "Cloud security", a sector regulation, NIST CSF, or "In-house".',
  }),
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  description: longText('Description'),
  mapsTo: controls('Related Annex A controls', { column: true }),
};
export type CustomControlDraft = Values<typeof fields>;

/** 3.15 (layer 2) A control from another source or made in-house; it becomes an extra SoA row (6.1.3 b). */
export const customControlEntity = defineEntity({
  table: 'customControls',
  label: 'Custom control',
  plural: 'Custom controls',
  refPrefix: 'CC',
  clause: '6.1.3',
  area: 'planning',
  titleField: 'title',
  fields,
  unique: ['controlId'],
  rules: (d) => customControlRules(d),
});
export type CustomControl = RecordOf<typeof customControlEntity>;

function customControlRules(d: CustomControlDraft): Issue[] {
  const out: Issue[] = [];
  const id = d.controlId.trim();
  // Enhancements of NIST SP 800-53 are written in brackets: "AC-2(1)".
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._\-/ ()]*$/u.test(id)) out.push({ field: 'controlId', message: 'Control id: use letters, digits, dots, dashes and brackets, such as CLD.1 or AC-2(1).' });
  if (isKnownControl('2022', id) || isKnownControl('2013', id) || isKnownControl('2022', `A.${id}`) || isKnownControl('2013', `A.${id}`))
    out.push({ field: 'controlId', message: 'Control id is an Annex A id; choose an id of your own, such as X.1.' });
  if (d.mapsTo.some((c) => c.edition === 'custom'))
    out.push({ field: 'mapsTo', message: 'Related controls must be Annex A controls.' });
  return out;
}
