import { describe, expect, it } from 'vitest';
import { defaultMapping, mappingIssues, proportionalMap, remapRating } from '../../../../src/lib/domain/risk/remap.ts';

describe('re-mapping scales (4.9)', () => {
  it.each([
    [5, 4, { 1: 1, 2: 2, 3: 3, 4: 3, 5: 4 }],
    [4, 5, { 1: 1, 2: 2, 3: 4, 4: 5 }],
    [5, 3, { 1: 1, 2: 2, 3: 2, 4: 3, 5: 3 }],
    [3, 7, { 1: 1, 2: 4, 3: 7 }],
    [5, 5, { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 }],
  ])('%i levels onto %i keeps the ends and the relative position', (from, to, expected) => {
    expect(proportionalMap(from, to)).toEqual(expected);
  });

  it('re-maps a rating with the mapping, and checks the mapping', () => {
    const m = defaultMapping({ likelihood: 5, impact: 5 }, { likelihood: 4, impact: 4 });
    expect(remapRating({ likelihood: 5, impact: 4 }, m, { likelihood: 4, impact: 4 })).toEqual({ likelihood: 4, impact: 3 });
    expect(mappingIssues(m, { likelihood: 5, impact: 5 }, { likelihood: 4, impact: 4 })).toEqual([]);
    const bad = { ...m, impact: { ...m.impact, 5: 5 } };
    expect(mappingIssues(bad, { likelihood: 5, impact: 5 }, { likelihood: 4, impact: 4 })).toEqual(['Old impact 5 must map to a value from 1 to 4.']);
  });
});
