/**
 * The competence matrix (7.2; DOMAIN.md 3.20): for each role, what its holders need against the
 * evidence each of them holds, as met, expiring, expired or missing. Pure: today is given.
 */
import type { CompetenceRecord } from './entities/competence-record.ts';
import type { CompetenceRequirement } from './entities/competence-requirement.ts';
import type { Person } from './entities/person.ts';
import type { Role } from './entities/role.ts';
import { addDays, addMonths } from './model/dates.ts';

export type CompetenceState = 'met' | 'expiring' | 'expired' | 'missing';

export interface CompetenceCell {
  requirement: CompetenceRequirement;
  state: CompetenceState;
  /** The best evidence found: the one valid longest (or expired last). */
  record: CompetenceRecord | null;
  validUntil: string | null;
}

export interface HolderRow {
  person: Person;
  cells: CompetenceCell[];
}

export interface RoleMatrix {
  role: Role;
  requirements: CompetenceRequirement[];
  holders: HolderRow[];
}

export interface MatrixInput {
  roles: readonly Role[];
  persons: readonly Person[];
  requirements: readonly CompetenceRequirement[];
  records: readonly CompetenceRecord[];
  today: string;
  /** Evidence expiring within this many days shows as expiring. */
  soonDays: number;
}

/** Whether a record is evidence for a requirement: linked to it, or (unlinked) naming the same competence. */
export function meetsRequirement(rec: CompetenceRecord, req: CompetenceRequirement): boolean {
  if (rec.requirement) return rec.requirement === req.id;
  return rec.competence.trim().toLowerCase() === req.competence.trim().toLowerCase();
}

/** Until when a record counts: its own expiry, else its date plus the requirement's validity, else open-ended (null). */
export function evidenceValidUntil(rec: CompetenceRecord, req: CompetenceRequirement): string | null {
  if (rec.validUntil) return rec.validUntil;
  if (req.validityMonths && rec.obtainedAt) return addMonths(rec.obtainedAt, req.validityMonths);
  return null;
}

function cellFor(person: Person, req: CompetenceRequirement, records: readonly CompetenceRecord[], today: string, soon: string): CompetenceCell {
  const found = records
    .filter((r) => r.person === person.id && meetsRequirement(r, req))
    .map((r) => ({ r, until: evidenceValidUntil(r, req) }))
    // Open-ended evidence first, then the latest expiry.
    .toSorted((a, b) => (a.until === null ? -1 : b.until === null ? 1 : b.until.localeCompare(a.until)));
  const best = found[0];
  if (!best) return { requirement: req, state: 'missing', record: null, validUntil: null };
  const state: CompetenceState = best.until === null || best.until > soon ? 'met' : best.until >= today ? 'expiring' : 'expired';
  return { requirement: req, state, record: best.r, validUntil: best.until };
}

/** One matrix per role that has competence requirements, rows for its active holders. */
export function competenceMatrix(x: MatrixInput): RoleMatrix[] {
  const soon = addDays(x.today, x.soonDays);
  return x.roles
    .map((role) => {
      const requirements = x.requirements.filter((q) => q.role === role.id).toSorted((a, b) => Number(b.mandatory) - Number(a.mandatory) || a.competence.localeCompare(b.competence));
      const holders = role.holders
        .map((id) => x.persons.find((p) => p.id === id))
        .filter((p): p is Person => p !== undefined && p.active)
        .map((person) => ({ person, cells: requirements.map((q) => cellFor(person, q, x.records, x.today, soon)) }));
      return { role, requirements, holders };
    })
    .filter((m) => m.requirements.length > 0);
}

/** The mandatory competences that holders lack or whose evidence has expired. */
export function competenceGaps(matrices: readonly RoleMatrix[]): { role: Role; person: Person; requirement: CompetenceRequirement; state: CompetenceState }[] {
  return matrices.flatMap((m) =>
    m.holders.flatMap((h) =>
      h.cells
        .filter((c) => c.requirement.mandatory && (c.state === 'missing' || c.state === 'expired'))
        .map((c) => ({ role: m.role, person: h.person, requirement: c.requirement, state: c.state })),
    ),
  );
}
