/**
 * How well a column's values fit each field (column-values.ts profiles them): a factor for the confidence its header gives,
 * about 0.4 (the values plainly say otherwise) to 1.1 (they say it plainly too).
 */
import type { ColumnValues } from './column-values.ts';

type Fit = (v: ColumnValues) => number;


const longText: Fit = (v) => (v.numeric > 0.8 || v.dates > 0.8 || v.amounts >= 0.8 ? 0.4 : v.yesNo > 0.8 || v.scale > 0.8 ? 0.55 : 1);
/** Words that name or describe something; a column of distinct short codes ("RL-001") is an id instead. */
const naming: Fit = (v) => (v.codes >= 0.8 && v.distinct >= 0.9 && v.avgLength <= 12 ? 0.6 : longText(v));
const rating: Fit = (v) => (v.dates > 0.5 ? 0.4 : v.numeric + v.scale >= 0.6 ? 1.03 : v.avgLength > 30 ? 0.5 : 0.85);
// Deadlines are also written as words ("next release", "within 30 days"): under a date's header they stay the date.
// How often something recurs ("Monthly", "Quarterly"), with hardly a date among it, is a cadence, not a date.
const date: Fit = (v) => (v.cadences >= 0.6 && v.dates < 0.2 ? 0.3 : v.dates >= 0.5 ? 1.05 : v.serials >= 0.8 ? 1 : v.avgLength > 25 ? 0.6 : v.numeric > 0.8 ? 0.6 : 0.8);
// A column of yes/no ("Active": TRUE/FALSE) names no asset, owner or type.
const short: Fit = (v) => (v.yesNo >= 0.8 ? 0.4 : v.avgLength > 50 ? 0.6 : v.numeric > 0.8 && v.scale < 0.5 ? 0.6 : 1);
const code: Fit = (v) => (v.codes >= 0.6 ? 1.05 : v.avgLength > 40 ? 0.5 : 0.9);

/** Words of a scale, or numbers; other words ("Technical", "Operational") rarely make a level, options ("Modify", "Retain") never. */
// A level takes few values; a different word on every row ("Anforderungen", "Ressourcen", "Technologie") is a category.
// …and dates ("Target: Q4 2026") are deadlines, sums of money ("300,000 CHF") costs or losses: not levels.
const levelFit: Fit = (v) =>
  v.durations >= 0.6 || v.dates >= 0.6 || v.amounts >= 0.8 ? 0.4 : v.count >= 4 && v.distinct >= 0.9 && v.scale + v.numeric < 0.2 ? 0.5 : (v.options >= 0.6 && v.avgLength > 2) || (v.yesNo >= 0.8 && v.scale < 0.5) ? 0.5 : v.scale >= 0.5 && v.numeric < 0.8 ? 1.03 : v.numeric >= 0.8 ? 0.85 : v.avgLength > 30 ? 0.5 : v.scale + v.numeric < 0.2 ? 0.8 : 0.95;

/** A score is a number (or a scale word standing for one); other text ("C=5, I=5, A=3") is something else. */
const scoreFit: Fit = (v) => (v.numeric + v.banded >= 0.6 ? 1.03 : v.scale >= 0.6 ? 0.8 : v.avgLength > 30 ? 0.5 : v.numeric + v.scale < 0.3 ? 0.7 : 0.9);

/**
 * A row's id is its own: a column whose values repeat is not one, nor are levels ("High", "Critical") under a header like "Risk".
 * (Repeated only by a merge over several rows, "R-001" over its three threats, an id may key a record told on several lines:
 * records.ts joins them when the rating is merged too.)
 */
const ownCode: Fit = (v) => (v.count >= 5 && v.distinct < 0.6 && v.distinct + v.merged < 0.9 ? 0.5 : v.scale >= 0.8 && v.numeric < 0.2 ? 0.4 : code(v));

const FITS: Record<string, Fit> = {
  id: ownCode,
  // A plan's "Risk" column of levels (High, Medium) rates the risk; it does not say which one.
  // Nor do the plan's own numbers ("CA-001", "TASK-3").
  // A plan may name its risks by their titles ("Cloud account misconfiguration & access risk"), not only by their ids.
  riskId: (v) => ((v.scale >= 0.8 && v.numeric < 0.2) || v.actionIds >= 0.8 ? 0.4 : v.codes < 0.6 && v.avgLength > 40 && v.avgLength <= 80 ? 0.8 : code(v)),
  // Names of risks differ from row to row; a few short words repeated down the column are categories.
  // …and words of a scale ("Sehr hoch", "Mittel") rate a risk, they do not name it.
  title: (v) => (v.numeric > 0.8 || v.amounts >= 0.8 ? 0.4 : v.scale >= 0.8 ? 0.5 : v.avgLength < 6 || (v.count >= 8 && v.distinct < 0.6 && v.avgLength <= 15) ? 0.6 : naming(v)),
  description: naming,
  threat: naming,
  vulnerability: naming,
  // Registers often list several assets in one cell ("Customer accounts, personal data, financial data").
  // An asset's code ("A01") names it less well than its name, when a register has both.
  asset: (v) => (v.avgLength > 80 ? 0.6 : v.codes >= 0.8 && v.distinct >= 0.9 && v.avgLength <= 12 ? 0.8 : short({ ...v, avgLength: Math.min(v.avgLength, 50) })),
  // Host names ("srv-fs01") are asset names that look like codes; names that repeat ("AWS", "AWS") tell no assets apart.
  name: (v) => longText(v) * (v.count >= 4 && v.distinct < 0.9 ? 0.8 : 1),
  // An action is what will be done; "Mitigate" or "Accept" is the option chosen, not an action.
  // "Mitigate – enforce MFA" names the action after the option.
  // Nor is a control's id of another framework ("SC-7", "CM-7"): the control a finding breaks.
  action: (v) => (v.bareOptions >= 0.5 ? 0.5 : v.frameworkIds >= 0.6 ? 0.4 : naming(v)),
  justification: longText,
  evidence: longText,
  notes: longText,
  controlTitle: (v) => (v.singleIds > 0.5 ? 0.5 : v.controls >= 0.6 ? 0.9 : longText(v)),
  owner: short,
  likelihood: rating,
  impact: rating,
  residualLikelihood: rating,
  residualImpact: rating,
  score: scoreFit,
  residualScore: scoreFit,
  level: (v) => levelFit(v),
  residualLevel: (v) => levelFit(v),
  // "Treatment" over sentences ("Enable MFA and encrypt data") is a plan, not the option chosen.
  // Nor are names of measures ("Endpoint protection") with no option word among them.
  // Names of measures ("RSA + AES", "WEB-001") with no option word at all are the controls (a second choice).
  treatment: (v) => (v.explainedOptions >= 0.5 ? 1.05 : v.explainedOptions < 0.2 && v.avgLength > 25 ? 0.45 : v.explainedOptions < 0.05 ? 0.5 : v.avgLength > 30 ? 0.7 : 0.95),
  // Mitigate, Accept, Transfer down a column are the options chosen, not controls; nor is a yes or no ("requires control: True").
  // Measures are never dates or bare numbers ("Fix by": 03/31/26; "Fix in": 2.4).
  controls: (v) => (v.controls >= 0.3 ? 1.05 : v.options >= 0.5 || v.yesNo >= 0.95 || v.dates >= 0.5 || v.numeric >= 0.8 ? 0.5 : v.count >= 3 ? 0.85 : 1),
  // Sentences are no ids ("Control description": "Logical access is restricted").
  // (A regulation's sections cited, "§164.308(a)(1)", are ids too, though no more than Annex A's beside them.)
  controlId: (v) => (v.singleIds >= 0.5 ? 1.1 : v.controls >= 0.6 ? 1.03 : v.citations >= 0.6 ? 1 : (v.count >= 5 || v.avgLength > 25) && v.singleIds < 0.2 ? 0.5 : 1),
  // Phrases that are no yes or no ("Background check records" under "Evidence Required") decide nothing.
  applicable: (v) => (v.yesNo >= 0.5 ? 1.05 : v.avgLength > 25 || (v.count >= 3 && v.yesNo < 0.2 && v.avgLength > 12) ? 0.6 : 0.9),
  reviewDate: date,
  dueDate: date,
  // Level words ("High", "Low") under a status header are a rating's state, not the risk's status.
  // (A long cell that leads with a status, "Open; blocks release M07", is a status with its reason.)
  // Nor are sentences that name no state ("Implementation": "Resource-scoped IAM policy for Terraform"): they tell how, not how far.
  // Numbers ("% avance": 55%) tell how far; a column of words beside them ("Estado": En curso) is the status.
  status: (v) => (v.avgLength > 40 ? (v.ledStatuses >= 0.8 ? 0.9 : 0.6) : v.avgLength > 25 && v.statuses < 0.2 && v.ledStatuses < 0.5 ? 0.6 : v.dates > 0.5 ? 0.5 : v.scale >= 0.8 && v.numeric < 0.2 ? 0.7 : v.numeric >= 0.8 ? 0.9 : 1),
  type: short,
  // Classification levels are often numbers (1 to 4) or codes ("232").
  classification: (v) => (v.avgLength > 50 ? 0.6 : 1),
};

/** How well the values fit a field: a factor for the header's confidence (about 0.4 to 1.1). */
export function valueFit(field: string, v: ColumnValues): number {
  // Even one or two values say a column is no treatment option when none of them names one ("Threshold tuning").
  if (field === 'treatment' && v.count > 0 && v.count < 3 && v.explainedOptions === 0) return 0.5;
  // …and sentences are no rating ("Business impact": "Legal consequences and reputational damage").
  if (/likelihood|impact|score|level/i.test(field) && v.count > 0 && v.count < 3 && v.avgLength > 30 && v.scale === 0 && v.numeric === 0) return 0.5;
  if (v.count < 3) return 1;
  return FITS[field]?.(v) ?? 1;
}
