import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { Repository } from '../../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { assetEntity } from '../../../../src/lib/domain/entities/asset.ts';
import { documentEntity } from '../../../../src/lib/domain/entities/document.ts';
import { interestedPartyEntity } from '../../../../src/lib/domain/entities/interested-party.ts';
import { personEntity } from '../../../../src/lib/domain/entities/person.ts';
import { riskEntity } from '../../../../src/lib/domain/entities/risk.ts';
import { emptyDraft } from '../../../../src/lib/domain/model/entity.ts';

/** Text that spreadsheets would run, or that breaks naive writers: formulas, quotes, line breaks, emoji, very long text. */
export const HOSTILE = {
  person: '=cmd|\' /C calc\'!A0',
  asset: '+SUM(1) "Quoted" _x0041_',
  riskTitle: '=HYPERLINK("https://evil.example/x","Click me")',
  description: `@SUM(A1:A9)\n-2+3 "quoted" and 'single'\r\nTab\there; ünïcødé 漢字 🚀 ${'long '.repeat(3000)}end`,
  docUnsafe: 'javascript:alert(1)',
  docLink: 'https://intranet.example/policies/access',
  partyMail: 'mailto:security@example.org',
};

/** A workspace whose records are full of awkward text. */
export async function hostileWorkspace(): Promise<{ db: IsmsDatabase; ws: string }> {
  const db = new IsmsDatabase(`hostile-${Math.random().toString(36).slice(2)}`);
  const ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('=Evil, "Quoted" & Co'))).id;
  const repo = new Repository(db, () => 'tester');
  const person = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: HOSTILE.person, kind: 'employee', active: true }));
  const asset = await repo.create(assetEntity, ws, emptyDraft(assetEntity, { name: HOSTILE.asset, type: 'information', owner: person.id }));
  await repo.create(riskEntity, ws, emptyDraft(riskEntity, {
    title: HOSTILE.riskTitle, description: HOSTILE.description, kind: 'infosec_risk', approach: 'asset_based', assets: [asset.id],
    owner: person.id, inherent: { likelihood: 3, impact: 4 }, status: 'assessed',
  }));
  await repo.create(documentEntity, ws, emptyDraft(documentEntity, { title: '-1 unsafe link', docType: 'procedure', status: 'draft', location: HOSTILE.docUnsafe }));
  await repo.create(documentEntity, ws, emptyDraft(documentEntity, { title: 'Access control procedure', docType: 'procedure', status: 'draft', location: HOSTILE.docLink }));
  await repo.create(interestedPartyEntity, ws, emptyDraft(interestedPartyEntity, { name: 'Customers', type: 'customer', website: HOSTILE.partyMail }));
  return { db, ws };
}
