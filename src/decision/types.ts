/**
 * The steering group's decision as data: which delområden, with what status
 * and why, on what weighting and data. Pure types; no React, no DOM.
 */
import type { Direction, Normalisation } from '../index/types.ts';

/** `proposed`: on the table, not yet decided (Stadskontoret's areas start here). */
export type AreaStatus = 'proposed' | 'chosen' | 'not-chosen' | 'postponed';
export const AREA_STATUSES: readonly AreaStatus[] = ['proposed', 'chosen', 'not-chosen', 'postponed'];

/** The departments with a special role (GVN as method support, FSN asked to be included). */
export const DEPARTMENTS = ['ASN', 'FRN', 'FSKN', 'GSN', 'KN', 'TN', 'GVN', 'FSN'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** A department's local knowledge of one area: one note per department and area. */
export interface DepartmentNote {
  department: Department;
  text: string;
}

/** Other data a department brings, e.g. the survey Barn och ungas uppväxtvillkor. */
export interface SourceLink {
  title: string;
  /** http(s) only. */
  url: string;
}

export interface AreaDecision {
  /** Delområde code. */
  code: string;
  status: AreaStatus;
  /** The group's own reason, in a sentence or two. */
  reason: string;
  notes: DepartmentNote[];
  links: SourceLink[];
}

/** What is being decided, as the document heads it. */
export interface DecisionDraft {
  title: string;
  /** Ärende: the case number or name. */
  errand: string;
  /** The proposal in one sentence. */
  proposal: string;
  /** The meeting's date, YYYY-MM-DD, or ''. */
  decidedOn: string;
  areas: AreaDecision[];
}

/** The weighting and data a decision rests on. */
export interface DecisionBasis {
  weights: Record<string, number>;
  directions: Record<string, Direction>;
  normalisation: Normalisation;
  year: number | null;
  topN: number;
  /** The indicator file and its vintage. */
  dataFile: string;
  vintage: string;
  /** The variables the data had. */
  variableKeys: string[];
}

/** The figures behind an area's reasons, as they stood when recorded. */
export interface AreaEvidence {
  code: string;
  name: string;
  rank: number | null;
  /** 5th and 95th percentile of the rank in the robustness analysis. */
  low: number | null;
  high: number | null;
  /** Share of weightings that put the area in the top N. */
  pTop: number | null;
  /** Ongoing efforts in the area. */
  efforts: number;
  children: number | null;
}

/** What the selection covers (see coverage.ts). */
export interface Coverage {
  chosen: number;
  children: number;
  shareOfChildren: number | null;
  inNeed: { key: string; inSet: number; inMalmo: number; share: number | null; unknownInSet: number }[];
  topN: number;
  inTopN: number;
  /** Areas in the index's top N that are not chosen, by rank. */
  leftOut: { code: string; rank: number }[];
}

export interface DecisionRevision extends DecisionDraft {
  /** 1, 2, 3 … */
  revision: number;
  savedAt: string;
  basis: DecisionBasis;
  /** For the listed areas and the top-N areas left out. */
  evidence: AreaEvidence[];
  coverage: Coverage;
  /** Shown on the public page (the latest published revision is). */
  published: boolean;
}

/** Every revision of one decision, oldest first: a later one never replaces an earlier one. */
export interface DecisionRecord {
  id: string;
  revisions: DecisionRevision[];
}
