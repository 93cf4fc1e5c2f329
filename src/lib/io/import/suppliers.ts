/**
 * Inventories of suppliers: a list keyed by its vendors, each with what it provides, touches or is bound by (service, data
 * accessed, tier, contract, certification). DOMAIN.md counts suppliers among an organisation's assets, and the labellers of
 * held-out 42 to 45 called every such list an inventory; a vendor's risks rated for likelihood and impact stay a register.
 */
import { columnNumber } from './grid.ts';
import { headerTokens, normaliseHeader } from './headers.ts';
import type { Assignment, Candidate, ValueCache } from './columns.ts';
import type { ColumnHeader } from './header-rows.ts';
import { isTechnical } from './asset-columns.ts';
import { claimName } from './column-passes.ts';

/** The header of a list keyed by its suppliers ("Vendor", "Supplier name", "Lieferant"). */
const SUPPLIER_KEY = /^(vendor|vendors|vendor name|supplier|suppliers|supplier name|service provider|third party|third party name|subprocessor|subprocessors|sub processor|sub processors|subprocessor name|third party subprocessor|third party subprocessors|third party sub processor|third party sub processors|sous traitant|sous traitants|subencarregado|subprocessador|subprocessadores|suboperador|subencargado|unterauftragsverarbeiter|fournisseur|prestataire|lieferant|dienstleister|proveedor|fornecedor|fornitore|leverancier|dostawca|dodavatel)$/;

/** Headers of what a supplier provides, touches or is bound by. */
const SUPPLIER_FACT = /(^| )(service|services|provided|tier|criticality|critical|access|accessed|contract|contracts|certification|certifications|certified|sla|dpa|baa|soc 2|soc2|iso 27001|category|expiry|renewal|purpose|processing|location|localisation|role|country|data|finalidade|finalidad|finalite|zweck|dienstleistung|vertrag|prestation|contrat|servicio|contrato|servico|servizio|contratto|funcao|funcion|fonction|funktion|localizacao|localizacion|ubicacion|standort|pays|pais|land|dados|datos|donnees|daten|dati)( |$)/;

/** Headers of suppliers compared, scored, judged, measured or reached: an evaluation, a scorecard, a KPI report or a directory, not an inventory. */
const JUDGED = /(^| )(score|scores|scoring|rating|ratings|rated|rank|ranking|puntuacion|pontuacao|punteggio|bewertung|evaluation|evaluacion|avaliacao|meets|recommendation|recommended|diligence|ddq|outcome|outcomes|decision|decisions|finding|findings|constat|constats|questionnaire|actual|actuals|target|kpi|quality|delivery|performance|phone|telephone|telefone|telefono|email|e mail|mail|contact|contacts|contacto|contato|ansprechpartner|interlocuteur)( |$)/;

/** …of them judged one by one, as an evaluation does (not an inventory's "Risk rating", "Last assessment" or "Compliance score" of each). */
const EVALUATED = /(^| )(diligence|ddq|outcome|outcomes|decision|decisions|decisao|decisione|entscheidung|beslissing|rozhodnuti|decyzja|constat|constats|questionnaire|pontuacao media|puntuacion media|average score)( |$)/;

/** Headers of what is bought or billed ("Invoice no", "Amount", "Annual spend", "PO number"): a purchasing list, not an inventory. */
const PURCHASES = /(^| )(invoice|invoices|amount|spend|jahresvolumen|einkaufsvolumen|bestellvolumen|umsatz|payment|payments|paid|price|prices|cost|costs|purchase|po|order|orders|buyer|rechnung|betrag|facture|montant|factura|importe|fatura|valor)( |$)/;
/** Headers of what each row is, beside its vendor ("Application", "Product", "System", "Version"): the rows are those, not suppliers. */
const SUPPLIED = /^(application|applications|app|apps|product|products|software|system|systems|tool|tools|version|model|device|devices|hardware|asset|assets|anwendung|produkt|logiciel|aplicacion|producto|sistema|aplicacao|produto|applicazione|prodotto)( name| names)?$/;

/** A supplier header's words, as the key test reads them ("vendor_name" is "vendor name"). */
export const isSupplierKey = (header: string): boolean => SUPPLIER_KEY.test(normaliseHeader(header).replace(/_/g, ' '));

/** How many of an asset reading's other columns say what each supplier provides or touches, when its name column is a supplier's (0–2). */
export function supplierFacts(a: Assignment): number {
  const name = a.fields.get('name');
  const key = a.columns.find((c) => columnNumber(c.column) === name);
  if (!key || !isSupplierKey(key.header) || !suppliersListed(a.columns.map((c) => c.header))) return 0;
  // (Suppliers judged, "Last due diligence | Outcome", "Note de sécurité | Décision", are an evaluation's rows, not an inventory's.)
  if (a.columns.some((c) => EVALUATED.test(headerTokens(c.header).join(' ')))) return 0;
  return Math.min(2, a.columns.filter((c) => c !== key && SUPPLIER_FACT.test(headerTokens(c.header).join(' '))).length);
}

/**
 * A list keyed by its suppliers, each with what it provides or touches, is an inventory of supplier assets: the first column
 * (or the second, after an id) names each one, rather than a "System" or "Service" after it. Not after a column that names
 * each row ("Application | Vendor"), nor in a list of devices, where the vendor is the maker.
 */
export function supplierAsName(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const first = headers.toSorted((a, b) => a.col - b.col).filter((h) => h.child.trim()).slice(0, 2).find((h) => isSupplierKey(h.child));
  const name = fields.get('name');
  if (!first || (name !== undefined && name <= first.col) || headers.some((h) => isTechnical(h.child)) || !suppliersListed(headers.map((h) => h.child))) return;
  const v = values.get(first.col);
  if (v.count < 2 || v.distinct < 0.8 || v.numeric >= 0.5) return;
  claimName(fields, confidence, taken, first.col, 0.9);
}

/** No column says the rows are bought, billed or something the vendor supplies ("Vendor | Product | Version", "Supplier | Invoice no"). */
function suppliersListed(headers: string[]): boolean {
  return !headers.some((h) => {
    const words = headerTokens(h).join(' ');
    return PURCHASES.test(words) || (SUPPLIED.test(words) && !isSupplierKey(h));
  });
}

/**
 * A first column plainly headed as the suppliers ("Vendor", "Subprocessador", "Sous-traitant"), each named once, with two or more
 * columns of what each provides, touches or is bound by: an inventory of suppliers, as an inventory's name would say.
 */
export function suppliersKeyed(headers: ColumnHeader[], values: ValueCache): boolean {
  const named = headers.filter((h) => h.child.trim()).toSorted((a, b) => a.col - b.col);
  const first = named[0];
  if (!first || !isSupplierKey(first.child) || !suppliersListed(named.map((h) => h.child))) return false;
  // (Not suppliers compared, scored or measured, nor a directory of their contacts: "Score", "SLA target | Q1 actual", "Téléphone".)
  if (named.some((h) => JUDGED.test(headerTokens(h.child).join(' ')))) return false;
  if (named.slice(1).filter((h) => SUPPLIER_FACT.test(headerTokens(h.child).join(' '))).length < 2) return false;
  const v = values.get(first.col);
  return v.count >= 2 && v.distinct >= 0.8 && v.numeric < 0.5;
}
