import { describe, expect, it } from 'vitest';
import { dueList } from '../../../../src/lib/domain/readiness/due-list.ts';
import { add, emptyInput, exampleInput, patch, record } from './fixtures.ts';
import { goodInput } from './good-workspace.ts';

const find = (items: ReturnType<typeof dueList>, id: string, what?: string) => items.find((i) => i.id === id && (!what || i.what === what));

describe('due list', () => {
  it('is empty for an empty workspace', () => {
    expect(dueList(emptyInput())).toEqual([]);
  });

  it('lists what is overdue and what falls due within the window, and nothing later', () => {
    const input = patch(patch(goodInput(), 'risks', 'rsk-1', { nextReviewDue: '2026-03-14' }), 'risks', 'rsk-2', { nextReviewDue: '2026-04-14' });
    const items = dueList(input, 30);
    expect(find(items, 'rsk-1')).toMatchObject({ group: 'reviews', what: 'Review', state: 'overdue', days: -1, due: '2026-03-14', owner: 'Otto Ops' });
    expect(find(items, 'rsk-2')).toMatchObject({ state: 'due_soon', days: 30 });
    expect(find(dueList(input, 29), 'rsk-2')).toBeUndefined();
    // The window defaults to the workspace's "due soon" setting.
    expect(find(dueList({ ...input, settings: { ...input.settings, dueSoonDays: 10 } }), 'rsk-2')).toBeUndefined();
  });

  it('counts something due today as due soon, not overdue', () => {
    const items = dueList(patch(goodInput(), 'risks', 'rsk-1', { nextReviewDue: '2026-03-15' }));
    expect(find(items, 'rsk-1')).toMatchObject({ state: 'due_soon', days: 0 });
  });

  it('covers actions, effectiveness checks, review actions and planned audits', () => {
    let input = add(goodInput(), 'treatmentActions', record('treatmentActions', 'act-2', { title: 'Patch', risks: ['rsk-2'], owner: 'per-ops', dueDate: '2026-03-20', status: 'planned' }, 2));
    input = add(input, 'correctiveActions', record('correctiveActions', 'ca-2', { nonconformity: 'nc-1', description: 'Check', owner: 'per-ops', dueDate: '2026-02-01', status: 'implemented', implementedAt: '2026-02-01', effectiveness: { plannedAt: '2026-03-01', criteria: 'x', checkedAt: null, by: 'per-isms', result: null, note: '' } }, 2));
    input = patch(input, 'managementReviews', 'mr-1', { actions: [{ text: 'Buy a tool', owner: 'per-ops', dueDate: '2026-03-10', status: 'open' }] });
    input = add(input, 'audits', record('audits', 'aud-2', { title: 'Audit 2026', type: 'internal', status: 'planned', plannedDate: '2026-04-01', leadAuditor: 'per-aud' }, 2));
    const items = dueList(input, 30);
    expect(find(items, 'act-2')).toMatchObject({ group: 'actions', what: 'Treatment action', state: 'due_soon' });
    expect(find(items, 'ca-2', 'Effectiveness check')).toMatchObject({ group: 'actions', state: 'overdue', owner: 'Ian ISMS' });
    expect(find(items, 'mr-1', 'Review action')).toMatchObject({ label: 'Buy a tool', state: 'overdue' });
    expect(find(items, 'mr-1', 'Review action')!.link).toEqual({ path: 'reviews', query: { review: 'mr-1' } });
    expect(find(items, 'aud-2')).toMatchObject({ group: 'audits', what: 'Audit', owner: 'Ada Auditor' });
    // Overdue first, oldest first.
    const states = items.map((i) => i.state);
    expect(states.indexOf('due_soon')).toBeGreaterThan(states.lastIndexOf('overdue'));
  });

  it('calls for the next internal audit and management review a cycle after the last ones, unless one is planned', () => {
    const items = dueList(goodInput(), 365);
    expect(find(items, 'aud-1', 'Next internal audit')).toMatchObject({ due: '2026-11-10', group: 'audits' });
    expect(find(items, 'mr-1', 'Next management review')).toMatchObject({ due: '2026-12-10' });
    const planned = add(goodInput(), 'audits', record('audits', 'aud-2', { title: 'Next', type: 'internal', status: 'planned', plannedDate: '2026-10-01' }, 2));
    expect(find(dueList(planned, 365), 'aud-1', 'Next internal audit')).toBeUndefined();
  });

  it('lists drafts waiting for approval without a date, and the yearly re-approval of the SoA', () => {
    const input = add(goodInput(), 'documents', record('documents', 'doc-new', { title: 'New procedure', docType: 'procedure', status: 'in_review', owner: 'per-isms' }, 40));
    const items = dueList(input, 365);
    expect(find(items, 'doc-new')).toMatchObject({ group: 'approvals', state: 'waiting', due: null, days: null });
    expect(find(items, 'soav-1')).toMatchObject({ what: 'Yearly SoA re-approval', due: '2027-01-20', label: 'Statement of Applicability, version 1.0' });
    expect(items.at(-1)!.state).toBe('waiting');
  });

  it('warns of competence evidence expiring, only for the latest evidence of each competence', () => {
    let input = patch(goodInput(), 'competenceRecords', 'comp-1', { validUntil: '2026-04-01' });
    expect(find(dueList(input), 'comp-1')).toMatchObject({ group: 'competence', what: 'Evidence expires', owner: 'Ian ISMS', state: 'due_soon' });
    input = add(input, 'competenceRecords', record('competenceRecords', 'comp-9', { person: 'per-isms', requirement: 'creq-isms', competence: 'ISMS implementation', validUntil: '2028-04-01' }, 9));
    expect(find(dueList(input), 'comp-1')).toBeUndefined();
    // Leavers' evidence no longer matters.
    const left = patch(patch(goodInput(), 'competenceRecords', 'comp-1', { validUntil: '2026-04-01' }), 'persons', 'per-isms', { active: false });
    expect(find(dueList(left), 'comp-1')).toBeUndefined();
  });

  it('links each item to its record', () => {
    const items = dueList(exampleInput(), 60);
    expect(items.length).toBeGreaterThan(5);
    for (const i of items) {
      expect(i.link.path).toMatch(/^[a-z]+$/);
      expect(i.ref).toMatch(/^[A-Z]+-\d{3}$/);
    }
    const risk = items.find((i) => i.table === 'risks');
    expect(risk?.link).toEqual({ path: 'risks', query: { q: risk!.ref } });
  });
});
