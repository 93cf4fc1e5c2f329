import { describe, expect, it } from 'vitest';
import { roadmap } from '../../../../src/lib/domain/readiness/roadmap.ts';
import { add, drop, emptyInput, exampleInput, patch, record } from './fixtures.ts';
import { goodInput } from './good-workspace.ts';

const ORDER = ['support-scope', 'context', 'policy-roles', 'risk-method', 'risk-assessment', 'treatment-soa', 'objectives-support', 'operation-metrics', 'internal-audit', 'management-review', 'corrective-actions', 'certification'];

describe('implementation roadmap', () => {
  it('starts an empty workspace at management support and scope, with every stage not started', () => {
    const r = roadmap(emptyInput());
    expect(r.stages.map((s) => s.id)).toEqual(ORDER);
    expect(r.stages.every((s) => s.state === 'not_started')).toBe(true);
    expect(r.current).toBe('support-scope');
    // A newcomer is told what to do first and where.
    expect(r.stages[0]!.next).toMatch(/mark top management, then write and approve the ISMS scope/);
    expect(r.stages[0]!.link.path).toBe('scope');
    expect(r.stages.every((s) => s.produces.length > 0)).toBe(true);
    expect(r.stages.at(-1)!.next).toMatch(/Clear the 13 blockers/);
    expect(r.stages.at(-1)!.link.path).toBe('readiness');
  });

  it('marks a stage under way as soon as its first record exists', () => {
    const input = add(emptyInput(), 'scopes', record('scopes', 'scp-1', { title: 'Draft', statement: 'x', status: 'draft' }));
    const s = roadmap(input).stages[0]!;
    expect(s.state).toBe('partly');
    expect(s.next).toMatch(/^R01 ISMS scope, not yet met: Missing: an approved ISMS scope/);
  });

  it('has every stage done but certification in a complete workspace, with certification ready to book', () => {
    const r = roadmap(goodInput());
    expect(r.stages.filter((s) => s.state !== 'done').map((s) => s.id)).toEqual(['certification']);
    expect(r.current).toBe('certification');
    expect(r.stages.at(-1)).toMatchObject({ state: 'partly', next: expect.stringMatching(/book the certification audit/) });
  });

  it('finishes with a closed stage 2 audit', () => {
    const input = add(goodInput(), 'audits', record('audits', 'aud-s2', { title: 'Stage 2', type: 'certification_stage2', status: 'closed', endDate: '2026-03-01' }, 2));
    const r = roadmap(input);
    expect(r.stages.at(-1)!.state).toBe('done');
    expect(r.current).toBeNull();
  });

  it('holds the context stage until climate change is decided and every party has a requirement', () => {
    const undecided = { ...goodInput(), workspace: { climateChangeRelevant: 'not_assessed' as const } };
    expect(roadmap(undecided).stages[1]).toMatchObject({ state: 'partly', next: expect.stringMatching(/climate change/) });
    const partyAlone = add(goodInput(), 'interestedParties', record('interestedParties', 'ip-x', { name: 'Insurer', type: 'insurer' }, 3));
    expect(roadmap(partyAlone).stages[1]).toMatchObject({ state: 'partly', next: expect.stringMatching(/every interested party/) });
  });

  it('holds policy and roles until both 5.3 duties are held', () => {
    const r = roadmap(patch(goodInput(), 'roles', 'rol-isms', { duty: ['ensure_conformity'] }));
    expect(r.stages[2]).toMatchObject({ state: 'partly', next: expect.stringMatching(/reporting its performance/) });
  });

  it('follows the example ISMS: the early stages done, and work to do where its readiness items fail', () => {
    const r = roadmap(exampleInput());
    const state = Object.fromEntries(r.stages.map((s) => [s.id, s.state]));
    expect(state).toMatchObject({ 'support-scope': 'done', context: 'done', 'policy-roles': 'done', 'risk-method': 'done', 'internal-audit': 'done', 'management-review': 'done' });
    expect(r.stages.every((s) => s.state !== 'not_started' || s.id === 'certification')).toBe(true);
    // A stage that is not done points at its first failing item and links to fix it.
    for (const s of r.stages.filter((x) => x.state === 'partly' && x.id !== 'certification')) expect(s.next).toMatch(/^R\d\d\w? .+, not yet met: /);
  });

  it('drops back when a stage’s records go', () => {
    const r = roadmap(drop(goodInput(), 'managementReviews'));
    expect(r.stages.find((s) => s.id === 'management-review')!.state).toBe('not_started');
    expect(r.current).toBe('management-review');
  });
});
