/** Notes about a sheet that both the analysis (in a worker) and the import screen write. */
import { plural } from '../../domain/model/words.ts';

/** How many columns have no field; the import screen restates it as the user maps columns. */
export function unmatchedNote(count: number): string {
  return `${plural(count, 'column was', 'columns were')} not matched to a field.`;
}
