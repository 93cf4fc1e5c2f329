import { entities } from '../../domain/entities/index.ts';

/** The registers that can be exported as CSV: every entity of the ISMS (not the app's own records, not the method). */
export function csvRegisters(): { table: string; label: string }[] {
  return entities.filter((e) => e.area !== 'system' && e.table !== 'riskMethods').map((e) => ({ table: e.table, label: e.plural }));
}
