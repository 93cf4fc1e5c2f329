/**
 * Spreadsheet-like movement in a table of form controls: the arrow keys move to the same column
 * of the row above or below, or to the next cell that can be edited beside; Alt+Down still opens
 * a list. preventDefault also stops a focused list from changing its value with the arrow.
 */
const FOCUSABLE = 'select:not([disabled]), input:not([disabled]), button:not([disabled]), a[href]';

export function gridKeydown(e: KeyboardEvent): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const moves: Record<string, readonly [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const delta = moves[e.key];
  if (!delta) return;
  const target = e.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
  const cell = target.closest('td, th');
  const row = cell?.parentElement;
  const body = row?.parentElement;
  if (!cell || !row || !body) return;
  e.preventDefault();
  const rows = [...body.children];
  const r = rows.indexOf(row);
  const c = [...row.children].indexOf(cell);
  const [dr, dc] = delta;
  if (dr !== 0) {
    for (let i = r + dr; i >= 0 && i < rows.length; i += dr) {
      const next = rows[i]?.children[c]?.querySelector<HTMLElement>(FOCUSABLE);
      if (next) return next.focus();
    }
  } else {
    for (let j = c + dc; j >= 0 && j < row.children.length; j += dc) {
      const next = row.children[j]?.querySelector<HTMLElement>(FOCUSABLE);
      if (next) return next.focus();
    }
  }
}
