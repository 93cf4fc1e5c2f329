import { describe, expect, it } from 'vitest';
import { readinessTables } from '../../../../src/lib/domain/readiness/index.ts';
import { recordLink, tableLink } from '../../../../src/lib/domain/readiness/links.ts';
import { areaByPath } from '../../../../src/views/areas.ts';

describe('links to records', () => {
  it.each(readinessTables.map((t) => [t]))('%s links to an area that shows its register', (table) => {
    const l = tableLink(table);
    const area = areaByPath(l.path);
    expect(area, `${table} → ${l.path}`).toBeDefined();
    if (l.query['tab'] && !['soa'].includes(l.path)) expect(area!.registers.map((r) => r.table)).toContain(table);
  });

  it('searches the register for the record, or opens it where the screen can', () => {
    expect(recordLink('audits', { id: 'a1', ref: 'AUD-001' })).toEqual({ path: 'audits', query: { view: 'registers', tab: 'audits', q: 'AUD-001' } });
    expect(recordLink('risks', { id: 'r1', ref: 'RSK-004' })).toEqual({ path: 'risks', query: { q: 'RSK-004' } });
    expect(recordLink('nonconformities', { id: 'n1', ref: 'NC-002' })).toEqual({ path: 'nonconformities', query: { nc: 'n1' } });
    expect(recordLink('riskMethods', { id: 'm1', ref: 'RM-001' })).toEqual({ path: 'risks', query: { view: 'method' } });
  });
});
