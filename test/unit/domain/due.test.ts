import { describe, expect, it } from 'vitest';
import { dueFlags, localToday } from '../../../src/lib/domain/due.ts';

describe('dueFlags', () => {
  it.each([
    [{ dueDate: '2026-06-14', status: 'planned' }, ['overdue']],
    [{ dueDate: '2026-06-15', status: 'planned' }, []],
    [{ dueDate: '2026-06-01', status: 'done' }, []],
    [{ dueDate: '2026-06-01', status: 'implemented' }, []],
    [{ nextReviewDue: '2026-01-01', status: 'approved' }, ['review_overdue']],
    [{ nextReviewDue: '2026-01-01', status: 'withdrawn' }, []],
    [{ dueDate: '2026-01-01', nextReviewDue: '2026-01-01', status: 'open' }, ['overdue', 'review_overdue']],
    [{ dueDate: null, nextReviewDue: '', status: 'open' }, []],
  ])('%o → %o', (record, kinds) => {
    expect(dueFlags(record, '2026-06-15').map((f) => f.kind)).toEqual(kinds);
  });

  it('writes today as a local business date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
