/**
 * Awareness coverage (7.3; DOMAIN.md 3.21): who has covered the three core topics within the
 * last twelve months, through any activity they attended. Pure: today is given.
 */
import type { AwarenessActivity } from './entities/awareness-activity.ts';
import { coreAwarenessTopics } from './entities/awareness-activity.ts';
import type { Person } from './entities/person.ts';
import { addMonths } from './model/dates.ts';

export type CoreTopic = (typeof coreAwarenessTopics)[number];

export interface PersonAwareness {
  person: Person;
  /** The core topics not covered within twelve months. */
  missing: CoreTopic[];
  /** The latest completion of any activity within twelve months. */
  lastAt: string | null;
}

export interface AwarenessCoverage {
  people: PersonAwareness[];
  complete: number;
  total: number;
  /** Whole per cent of active people with every core topic covered; null with nobody to count. */
  pct: number | null;
}

/** Core-topic coverage of every active person as of `today`. */
export function awarenessCoverage(persons: readonly Person[], activities: readonly AwarenessActivity[], today: string): AwarenessCoverage {
  const from = addMonths(today, -12);
  const counted = activities.filter((a) => a.status === 'completed' || a.status === 'running');
  const people = persons
    .filter((p) => p.active)
    .map((person) => {
      const covered = new Set<string>();
      let lastAt: string | null = null;
      for (const a of counted)
        for (const at of a.attendance)
          if (at.person === person.id && at.completedAt && at.completedAt >= from && at.completedAt <= today) {
            for (const t of a.topics) covered.add(t);
            if (!lastAt || at.completedAt > lastAt) lastAt = at.completedAt;
          }
      return { person, missing: coreAwarenessTopics.filter((t) => !covered.has(t)), lastAt };
    });
  const complete = people.filter((p) => p.missing.length === 0).length;
  return { people, complete, total: people.length, pct: people.length ? Math.floor((100 * complete) / people.length) : null };
}

/** How many of an activity's intended audience attended: all active staff, or the holders of its roles. */
export function attendanceOf(a: AwarenessActivity, persons: readonly Person[], roleHolders: (roleId: string) => readonly string[]): { attended: number; expected: number } {
  const active = new Set(persons.filter((p) => p.active).map((p) => p.id));
  const audience = a.allStaff ? active : new Set(a.audience.flatMap((r) => roleHolders(r)).filter((id) => active.has(id)));
  const attended = new Set(a.attendance.map((x) => x.person).filter((p): p is string => p !== null));
  return { attended: attended.size, expected: Math.max(audience.size, attended.size) };
}
