/**
 * An asset's fields beyond the canonical ones, by other people's headers (in the languages the
 * analysis reads): the mapping fills them (mapping/extra-fields.ts), and the analysis counts the
 * descriptive ones as a sign of an inventory (kind-rules.ts).
 */
import { normaliseHeader } from './headers.ts';

/** Headers (normalised) of an asset's own number, and of its name, in a risk register. */
export const ASSET_KEY = /^(asset|assets) ?(id|ids|no|nr|number|ref|reference|code|tag)$/;
export const ASSET_NAME = /^(asset|asset name|name of (the )?asset|asset title|affected asset|asset description)$/;

const RATED = '( (value|rating|level|impact|requirement|need|score))?';

const ASSET_COLUMNS: readonly [string, RegExp][] = [
  ['description', /^(asset )?(description|desc|details|beschreibung|descripcion|descricao|popis|descrizione|beschrijving|περιγραφη)$/],
  ['custodian', /^(asset |data |information |technical )?(custodian|verwalter|depositaire|custodio|spravce|custode|beheerder|θεματοφυλακα[σς])$/],
  ['valueC', new RegExp(`^(c|confidentiality|confidentialite|confidencialidad|confidencialidade|vertraulichkeit|duvernost|riservatezza|vertrouwelijkheid|vertroulikheid|poufnosc|konfidentialitet|fortrolighed|konfidensialitet|confidentialitate|bizalmassag|luottamuksellisuus|dovernost|εμπιστευτικοτητα)${RATED}( c)?$`)],
  ['valueI', new RegExp(`^(i|integrity|integrite|integridad|integridade|integritat|integrita|integriteit|ακεραιοτητα)${RATED}( i)?$`)],
  ['valueA', new RegExp(`^(a|d|availability|disponibilite|disponibilidad|disponibilidade|verfugbarkeit|dostupnost|disponibilita|beschikbaarheid|διαθεσιμοτητα)${RATED}( a| d)?$`)],
  ['location', /^(physical |asset |hosting )?(location|site|standort|ort|speicherort|emplacement|localisation|ubicacion|localizacion|localizacao|umisteni|lokalita|ubicazione|locatie|τοποθεσια|hosting|hosted|hosted on)$/],
  ['lifecycle', /^((asset )?(status|lifecycle|life cycle|lifecycle status|state)|lebenszyklus|cycle de vie|ciclo de vida|zivotni cyklus)$/],
  ['lastReviewedAt', /^(last (review|reviewed)( date| on)?|date of last review|letzte (uberprufung|prufung)|derniere revue|ultima revision)$/],
  ['nextReviewDue', /^(next review( date| due)?|review due|nachste (uberprufung|prufung)|prochaine revue|proxima revision)$/],
];

/** The asset field a header names ("Physical location", "C (1-5)", "asset_custodian"), or null. */
export function assetColumnField(header: string): string | null {
  const h = normaliseHeader(header).replace(/ 1 (to )?\d+$/, '').trim();
  return h ? (ASSET_COLUMNS.find(([, re]) => re.test(h))?.[0] ?? null) : null;
}

/** Technical facts only a device or system has: its address, operating system, serial number, make. */
const TECHNICAL = /^(ip|ip address|ip addresses|ipv4|ipv4 address|mac|mac address|os|operating system|os version|installed os|os installe|serial|serial number|serial no|manufacturer|make|model|firmware|firmware version|cpu|cpus|vcpu|vcpus|cores|processor|ram|ram gb|memory|memory gb|storage|storage gb|disk|disk gb|hypervisor|guest os|adresse ip|ip adresse|direccion ip|endereco ip|betriebssystem|systeme d exploitation|systeme exploitation|ip s|ips|sistema operativo|sistema operacional|seriennummer|numero de serie|fabricant|fabricante|hersteller|produttore|marque|marca|modele|modelo|modell|modello|processeur|prozessor|procesador|memoire|arbeitsspeicher|memoria|stockage|speicher|almacenamiento|armazenamento)$/;

/** A header of a technical fact about a device ("IP address", "Serial number", "firmware", "wanIp"). */
export function isTechnical(header: string): boolean {
  const h = normaliseHeader(header);
  return TECHNICAL.test(h) || /^(wan|lan|internal|external|public|private|management|mgmt|asset|host|device|server) ip( address)?$/.test(h) || /^(device|hardware|hw) model$/.test(h);
}

/** A header that describes an asset (its description, place, keeper, life cycle or technical facts; not a bare "Status"). */
export function describesAsset(header: string): boolean {
  if (isTechnical(header)) return true;
  const field = assetColumnField(header);
  if (field === 'lifecycle') return !/(^| )(status|state)$/.test(normaliseHeader(header));
  return field === 'description' || field === 'location' || field === 'custodian';
}
