import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { Repository } from '../../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { assetEntity } from '../../../../src/lib/domain/entities/asset.ts';
import { customControlEntity } from '../../../../src/lib/domain/entities/custom-control.ts';
import { personEntity } from '../../../../src/lib/domain/entities/person.ts';
import { riskEntity } from '../../../../src/lib/domain/entities/risk.ts';
import { soaEntryEntity } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { threatEntity } from '../../../../src/lib/domain/entities/threat.ts';
import { treatmentActionEntity } from '../../../../src/lib/domain/entities/treatment-action.ts';
import { vulnerabilityEntity } from '../../../../src/lib/domain/entities/vulnerability.ts';
import { type EntityDef, anyEntity, emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import type { Fields, Values } from '../../../../src/lib/domain/model/fields.ts';

const annex = (id: string) => ({ edition: '2022', id });
const custom = (id: string) => ({ edition: 'custom', id });

/**
 * A workspace whose links are easy to get wrong on the way back: names with commas and semicolons,
 * a custom control among Annex A controls, three risks rated only 1–3 on the 1–5 scale, risk sources
 * that look like an import's own lines, SoA reasons and risks in an order of their own.
 */
export async function linkedWorkspace(): Promise<{ db: IsmsDatabase; ws: string }> {
  const db = new IsmsDatabase(`links-${Math.random().toString(36).slice(2)}`);
  const ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Links Ltd'))).id;
  const repo = new Repository(db, () => 'tester');
  const add = <S extends Fields>(def: EntityDef<S>, values: Record<string, unknown>) => repo.create(anyEntity(def), ws, emptyDraft(anyEntity(def), values as Partial<Values<Fields>>));
  const ana = (await add(personEntity, { name: 'Novak, Ana', kind: 'employee', active: true })).id;
  const owned = { owner: ana, inScope: true };
  const leeds = (await add(assetEntity, { name: 'Leeds office, 3rd floor', type: 'site', ...owned })).id;
  const crm = (await add(assetEntity, { name: 'CRM; billing', type: 'software', ...owned })).id;
  const laptops = (await add(assetEntity, { name: 'Laptops', type: 'hardware', ...owned })).id;
  const theft = (await add(threatEntity, { name: 'Theft of equipment, media or documents' })).id;
  const weak = (await add(vulnerabilityEntity, { name: 'Weak passwords; no second factor' })).id;
  await add(customControlEntity, { controlId: 'CLD.1', source: 'Cloud security', title: 'Tenant separation', mapsTo: [] });
  const base = { kind: 'infosec_risk', owner: ana, approach: 'asset_based' };
  const r1 = await add(riskEntity, {
    ...base, title: 'Office theft', assets: [leeds, crm, laptops], threats: [theft], vulnerabilities: [weak],
    riskSources: 'Threat: insiders, written by hand\nA second line', inherent: { likelihood: 1, impact: 3 }, treatmentOption: 'modify',
    existingControls: [annex('A.5.15'), custom('CLD.1')], plannedControls: [custom('CLD.1'), annex('A.8.1')],
    residual: { likelihood: 1, impact: 2 }, status: 'treatment_planned', nextReviewDue: '2026-02-28',
  });
  const r2 = await add(riskEntity, {
    ...base, title: 'CRM outage', assets: [crm], inherent: { likelihood: 2, impact: 1 }, treatmentOption: 'retain',
    existingControls: [custom('CLD.1')], residual: { likelihood: 2, impact: 1 }, status: 'assessed',
  });
  await add(riskEntity, { ...base, title: 'Lost laptop', assets: [laptops], inherent: { likelihood: 3, impact: 2 }, status: 'assessed' });
  await add(treatmentActionEntity, { title: 'Lock the office, log visitors; check badges', risks: [r1.id], owner: ana, dueDate: '2026-03-31', status: 'planned' });
  const entry = { implementationStatus: 'implemented', owner: ana };
  await add(soaEntryEntity, { ...entry, control: [annex('A.5.1')], applicable: 'yes', reasons: ['LR', 'RT'], risks: [r2.id, r1.id], inclusionJustification: 'Needed, and asked for.' });
  await add(soaEntryEntity, { control: [annex('A.5.2')], applicable: 'no', exclusionJustification: 'Nobody here to assign, yet.' });
  await add(soaEntryEntity, { ...entry, control: [custom('CLD.1')], applicable: 'yes', reasons: ['BP'], risks: [r1.id], evidence: ['Tenant report; Q1', 'Audit log'] });
  return { db, ws };
}
