/**
 * Lists of machines: the first column names each host, server, workstation or virtual machine ("Serveur: PGI, FIC, PAYE",
 * "Poste de travail: CNC1"), with what it does or its technical facts beside it ("Fonction", "Système d'exploitation",
 * "IP address"). Such a list is an asset inventory though no column is headed "Asset name": the labellers of held-out 49 read
 * both such tables so. Not where the rows are something kept about each machine (its accounts, sessions, DNS records, open
 * ports, certificates, missing patches, scan findings): those are records of another kind.
 */
import { columnNumber } from './grid.ts';
import { headerTokens, normaliseHeader } from './headers.ts';
import { claimName } from './column-passes.ts';
import { describesAsset } from './asset-columns.ts';
import { firstHeaded, type ColumnHeader } from './header-rows.ts';
import type { Assignment, Candidate, ValueCache } from './columns.ts';

/** A header naming the kind of machine each row is. */
const MACHINE = /^(host|hosts|server|servers|serveur|serveurs|servidor|servidores|server name|workstation|workstations|poste de travail|postes de travail|estacion de trabajo|estacao de trabalho|estacoes de trabalho|arbeitsplatz|rechner|vm|vms|virtual machine|machine|machines|endpoint|endpoints)$/;
/**
 * …and a header of what each machine does ("Function", "Fonction", "Purpose", "Role", "Service"; an account's role or a port's
 * service beside a machine is vetoed by RECORDS below). ("Server role" is read as the type: kind-rules.ts counts it there,
 * `machineFacts` only among unmapped columns.)
 */
const FUNCTION = /^(function|functions|fonction|fonctions|funcion|funciones|funcao|funcoes|funktion|funzione|purpose|usage|utilisation|uso|zweck|server role|role|service|services)$/;
/**
 * Whole headers of records kept about each machine, not of the machine itself: its accounts and logins, DNS records, methods,
 * open ports and banners, certificates, scan findings by severity, missing patches. (Whole headers: a "User", a "Port" or a
 * "Support expiry" beside a server is the inventory's own column.)
 */
const RECORDS = /^(incident|incidents|ticket|tickets|event|events|alert|alerts|account|accounts|account name|user account|user accounts|login|logins|last login|session|sessions|record|records|record type|dns record|ttl|method|http method|banner|open port|open ports|issuer|certificate|certificates|cert|cve|cves|finding|findings|vulnerability|vulnerabilities|critical|severity|rule|rules|missing patches|missing kbs|missing updates|mfa)$/;

/** A header of something kept about each machine ("Account", "Open ports", "Missing KBs"). */
const keptAbout = (header: string): boolean => RECORDS.test(headerTokens(header).join(' '));

/** A header naming the kind of machine each row is ("Server", "Poste de travail"). */
export const isMachineHeader = (header: string): boolean => MACHINE.test(normaliseHeader(header));

/** A fact of a machine beside it: what it does, its address, operating system or make, where it stands or who keeps it. */
const machineFact = (header: string): boolean => FUNCTION.test(normaliseHeader(header)) || describesAsset(header);

/** The first column names machines, each once, with at least one fact of them beside it and nothing kept about them. */
export function machinesListed(headers: readonly ColumnHeader[], values: ValueCache): number | undefined {
  const first = firstHeaded(headers);
  if (!first || !isMachineHeader(first.child)) return undefined;
  const v = values.get(first.col);
  if (v.count < 2 || v.distinct < 0.9 || v.numeric >= 0.5) return undefined;
  const others = headers.filter((h) => h !== first && h.child.trim() !== '');
  if (others.some((h) => keptAbout(h.child))) return undefined;
  return others.some((h) => machineFact(h.child)) ? first.col : undefined;
}

/** Such a first column is the assets' name, before a "Description" or "Provider" that took it. */
export function machineAsName(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const col = machinesListed(headers, values);
  if (col === undefined) return;
  claimName(fields, confidence, taken, col, 0.95);
}

/** How many facts of machines an asset reading named so holds (0–2), for kind-rules.ts `assetAttributes`. */
export function machineFacts(a: Assignment): number {
  const name = a.columns.find((c) => columnNumber(c.column) === a.fields.get('name'));
  if (!name || !isMachineHeader(name.header)) return 0;
  const others = a.columns.filter((c) => c !== name && c.header.trim() !== '');
  if (others.some((c) => keptAbout(c.header))) return 0;
  return Math.min(2, others.filter((c) => c.field === null && machineFact(c.header)).length);
}
