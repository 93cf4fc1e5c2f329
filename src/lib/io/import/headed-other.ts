/**
 * Sheets told apart by their headers alone, whatever else they hold: a record of processing, a business impact analysis, a
 * training record. The first of their tests that one of the first fifteen rows meets decides (look-alikes.ts asks `headedAsOther`).
 */
import type { Grid } from './grid.ts';
import { headerTokens } from './headers.ts';

/** Headers only a record of processing (GDPR art. 30) has: purposes, data subjects, recipients, retention, legal basis. */
const PROCESSING_WORDS = new Set(('purpose|purposes|purpose of processing|data subjects|data subject categories|categories of data subjects|recipients|recipient|retention|retention period|legal basis|lawful basis|'
  + 'finalite|finalites|personnes concernees|destinataires|duree de conservation|base legale|base juridique|'
  + 'zweck|zwecke|betroffene|betroffene personen|empfanger|aufbewahrungsfrist|loschfrist|rechtsgrundlage|'
  + 'finalidad|finalidades|interesados|destinatarios|plazo de conservacion|base legal|base juridica|'
  + 'finalidade|titulares|prazo de retencao|prazo de conservacao|'
  + 'finalita|interessati|categorie di interessati|destinatari|periodo di conservazione|termini di conservazione|base giuridica|'
  + 'doel|doeleinden|betrokkenen|ontvangers|bewaartermijn|grondslag|rechtsgrond|'
  + 'cel przetwarzania|kategorie osob|odbiorcy|okres przechowywania|podstawa prawna|ucel zpracovani|subjekty udaju|prijemci|doba uchovani|pravni zaklad')
  // (Compared word for word as a header reads: "Termini di conservazione" as "termini conservazione".)
  .split('|').map((phrase) => headerTokens(phrase).join(' ')));

/** …of which these say where the data goes and on what ground: an inventory or a privacy risk register rarely does. */
const PROCESSING_ONLY = /^(recipients?|legal basis|lawful basis|destinataires|base legale|base juridique|empfanger|rechtsgrundlage|destinatarios|base legal|base juridica|destinatari|base giuridica|ontvangers|grondslag|rechtsgrond|odbiorcy|podstawa prawna|prijemci|pravni zaklad)$/;

/** Headers of an inventory of data or assets, which may give purposes and retention too. */
const INVENTORY_WORD = /classif|asset|aktiv|actif|activo|ativo|attivo/;

/** A record of processing activities: three or more of its headers in a row, one of them its own, and none of an inventory's. */
function processingRecord(words: string[]): boolean | undefined {
  const hits = words.filter((w) => PROCESSING_WORDS.has(w));
  return hits.length >= 3 && hits.some((w) => PROCESSING_ONLY.test(w)) ? !words.some((w) => INVENTORY_WORD.test(w)) : undefined;
}

/** Headers of a business impact analysis: how long a process may stop and how much data it may lose (in hours, days: "RTO (hrs)"). */
const CONTINUITY = /^(rto|rpo|mtpd|mtd|mao|mbco|recovery time objective|recovery point objective|maximum tolerable period of disruption|maximum tolerable downtime|maximum acceptable outage|wiederanlaufzeit|wiederherstellungszeit|maximal tolerierbare ausfallzeit|dmia|pdma|duree maximale d interruption|tiempo de recuperacion|punto de recuperacion|maximalni doba vypadku)( (h|hr|hrs|hours|d|days|min|mins|minutes|std|stunden|tage|heures|jours|horas|dias|hodin|dny))?$/;

/** A business impact analysis: two or more of its headers in a row, and none of an inventory's (which may give an RTO). */
function continuityAnalysis(words: string[]): boolean | undefined {
  return words.filter((w) => CONTINUITY.test(w)).length >= 2 ? !words.some((w) => INVENTORY_WORD.test(w)) : undefined;
}

/** Headers of a training record: the course taken and how it went. */
const COURSE = /^(course|course name|training|training course|module|e learning|elearning|schulung|kurs|formation|cours|curso|capacitacion|formacion|corso|formazione|cursus|opleiding|skoleni|kurz|szkolenie)$/;
const TRAINED = /^(date completed|completed|completion date|completed on|passed|pass|result|score|score %|certificate|refresher due|refresher|expiry|attended|attendance|abgeschlossen|bestanden|teilgenommen|realisee|reussi|completado|aprobado|completato|superato|afgerond|geslaagd|absolvovano|ukonczono|zaliczono)$/;

/** A training record: a course's header beside two of how it went ("Course | Date completed | Passed"). */
function trainingRecord(words: string[]): boolean | undefined {
  return words.some((w) => COURSE.test(w)) && words.filter((w) => TRAINED.test(w)).length >= 2 ? true : undefined;
}

/** One of the first fifteen rows heads a record of processing, a business impact analysis or a training record. */
export function headedAsOther(grid: Grid): boolean {
  let rows = 0;
  for (const row of grid.rows.values()) {
    if (++rows > 15) return false;
    const words = [...row.values()].map((cell) => headerTokens(cell.text).join(' '));
    const said = processingRecord(words) ?? continuityAnalysis(words) ?? trainingRecord(words);
    if (said !== undefined) return said;
  }
  return false;
}
