/**
 * Rows a template leaves under its header that are no records: an example ("Example: …", "Beispiel:", a key "ESIM."), a row of
 * hints in brackets ("(name/role)"), and a row numbering the columns (1, 2, 3…). records.ts sets them aside. Split from records.ts.
 */
import type { Grid, GridCell } from './grid.ts';

/** A cell that says it is an example ("Example: …", "Example – Dell laptop", "Beispiel:"; an abbreviation, "e.g.", "ESIM.", only as the row's key) or that its row is one ("Sample row"). */
const EXAMPLE_WORD = /^[[(]?\s*(example|sample|beispiel|exemple|ejemplo|esempio|voorbeeld|příklad|priklad|przykład|przyklad|exemplo|esimerkki|eksempel|exempel|örnek|ornek|παράδειγμα|пример|primjer|primer|példa|exemplu)\s*([:)\]]|[–—-]\s)/iu;
/** …or, in the row's first cell, the marker alone or its abbreviation ("ESIM.", "e.g.", "Bsp."). */
const EXAMPLE_KEY = /^[[(]?\s*(example|sample|beispiel|bsp\.?|exemple|ejemplo|esempio|voorbeeld|příklad|príklad|priklad|przykład|primjer|primer|példa|exemplo|esim\.?|esimerkki|eksempel|exempel|örnek|e\.\s?g\.|z\.\s?b\.|npr\.|např\.|napr\.|np\.|bijv\.|p\.\s?ej\.|p\.\s?ex\.|π\.\s?χ\.)\s*[:.)\]]?\s*$/iu;
/** …or a key numbered nought with an example's prefix ("EX-00", "EX-0", "XX-000"): a sample row's, not a record's. */
const EXAMPLE_ID = /^(ex|eg|xx?)[-_ .]?0+$/i;
/** …or a key led by "for example" abbreviated ("Ex.: A-00", "π.χ. R-00", "e.g. R-0"): the template's sample in the key's own cell. */
const EXAMPLE_LED = /^[[(]?\s*(e\.\s?g\.|eg\.|ex\.|z\.\s?b\.|bspw\.|bsp\.|p\.\s?ej\.|p\.\s?ex\.|π\.\s?χ\.|např\.|napr\.|np\.|bijv\.|esim\.|f\.\s?eks\.|t\.\s?ex\.)\s*:?\s*\S/iu;
const EXAMPLE_ROW = /\bexample (row|line|entry)\b|\bsample row\b|beispielzeile|beispieleintrag|ligne d'exemple|exemple de ligne|fila de ejemplo|riga di esempio|voorbeeldregel|voorbeeldrij|przykładowy wiersz|linha de exemplo|esimerkkirivi|exempelrad|eksempelrad/iu;
/** A row of hints in brackets under each header ("(nr. fra risikoregister)", "(hvad skal gøres)", "[name/role]"): how to fill it in. */
const HINT = /^[([].*[)\]]$/su;
const hints = (cells: [number, GridCell][]): boolean => cells.length >= 2 && cells.filter(([, c]) => HINT.test(c.text.trim())).length >= cells.length * 0.8;

/** The row holds three or more such hints, short ones ("(testo)", "(1-5)", "(= G × H)"), and nothing else: a header's lower row the user may choose. */
export function hintsOnly(grid: Grid, row: number): boolean {
  const cells = [...(grid.rows.get(row) ?? [])].filter(([, c]) => !c.filled && c.text.trim() !== '');
  return cells.length >= 3 && cells.every(([, c]) => typeof c.value === 'string' && !c.formula && c.text.trim().length <= 42 && HINT.test(c.text.trim()));
}
/** The row's key says it is an example ("Example", "EX-00", "π.χ. R-00"). */
const exampleKey = (key: string): boolean => EXAMPLE_KEY.test(key) || EXAMPLE_ID.test(key) || EXAMPLE_LED.test(key);
export const isExample = (cells: [number, GridCell][]): boolean => hints(cells) || exampleKey(cells[0]?.[1].text.trim() ?? '') || cells.slice(0, 3).some(([, c]) => EXAMPLE_WORD.test(c.text.trim())) || cells.some(([, c]) => EXAMPLE_ROW.test(c.text));

/** The next row's first cell goes on counting from this one's (1 then 2): the rows' own numbers, so this row is a record. */
export function countsOn(grid: Grid, row: number, cells: [number, GridCell][]): boolean {
  const [col, first] = cells[0] ?? [];
  if (col === undefined || typeof first?.value !== 'number') return false;
  for (let r = row + 1; r <= Math.min(grid.maxRow, row + 3); r++) {
    const next = grid.rows.get(r)?.get(col);
    if (next) return typeof next.value === 'number' ? next.value === first.value + 1 : Number(next.text) === first.value + 1;
  }
  return false;
}

/** Four or more whole numbers counting up by one from left to right, "1 | 2 | 3 | 4 …": the columns' numbers. */
export function numbersColumns(cells: [number, GridCell][]): boolean {
  const n = cells.map(([, c]) => (typeof c.value === 'number' ? c.value : /^\d{1,2}$/.test(c.text.trim()) ? Number(c.text) : NaN));
  return cells.length >= 4 && n.every((x, i) => Number.isInteger(x) && (i === 0 || x === n[i - 1]! + 1));
}
