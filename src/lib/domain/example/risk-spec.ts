import type { RiskDraft } from '../entities/risk.ts';

/**
 * A risk of the example register in short form. Assets make it asset-based, their absence
 * scenario-based; controls are Annex A 2022 ids, or `CUST.n` for a custom control.
 */
export interface RiskSpec {
  key: string;
  title: string;
  description: string;
  kind?: NonNullable<RiskDraft['kind']>;
  assets?: string[];
  threats?: string[];
  vulns?: string[];
  sources?: string;
  consequence?: string;
  cia: RiskDraft['cia'];
  category: NonNullable<RiskDraft['category']>;
  owner: string;
  existing?: string[];
  inherent: [number, number];
  option: NonNullable<RiskDraft['treatmentOption']>;
  rationale: string;
  planned?: string[];
  residual: [number, number];
  /** The residual risk was accepted; by whom and why. Dated on the last review. */
  accepted?: { by: string; why: string };
  status: NonNullable<RiskDraft['status']>;
  /** Months since the last review. */
  reviewed: number;
  /** Days since the last review, when it is not a whole number of months (overrides `reviewed`). */
  reviewedDays?: number;
}
