/**
 * What changed between two revisions: areas added to or removed from the
 * selection, statuses, reasons and notes, the heading, and the weighting or
 * data underneath.
 */
import { chosenCodes } from './draft.ts';
import type { AreaDecision, AreaStatus, DecisionBasis, DecisionDraft, Department } from './types.ts';

export interface RevisionDiff {
  added: string[];
  removed: string[];
  status: { code: string; from: AreaStatus | null; to: AreaStatus | null }[];
  reasons: { code: string; from: string; to: string }[];
  notes: { code: string; department: Department; from: string; to: string }[];
  links: string[];
  heading: ('title' | 'errand' | 'proposal' | 'decidedOn')[];
  basis: ('weights' | 'normalisation' | 'year' | 'topN' | 'data')[];
}

type Diffable = DecisionDraft & { basis?: DecisionBasis };

export function diffRevisions(older: Diffable, newer: Diffable): RevisionDiff {
  const before = new Map(older.areas.map((a) => [a.code, a]));
  const after = new Map(newer.areas.map((a) => [a.code, a]));
  const chosenBefore = new Set(chosenCodes(older));
  const chosenAfter = new Set(chosenCodes(newer));
  const codes = [...new Set([...before.keys(), ...after.keys()])];
  const diff: RevisionDiff = {
    added: [...chosenAfter].filter((c) => !chosenBefore.has(c)),
    removed: [...chosenBefore].filter((c) => !chosenAfter.has(c)),
    status: [],
    reasons: [],
    notes: [],
    links: [],
    heading: (['title', 'errand', 'proposal', 'decidedOn'] as const).filter((k) => older[k] !== newer[k]),
    basis: older.basis && newer.basis ? basisChanges(older.basis, newer.basis) : [],
  };
  for (const code of codes) {
    const a = before.get(code);
    const b = after.get(code);
    if ((a?.status ?? null) !== (b?.status ?? null)) diff.status.push({ code, from: a?.status ?? null, to: b?.status ?? null });
    if ((a?.reason ?? '') !== (b?.reason ?? '')) diff.reasons.push({ code, from: a?.reason ?? '', to: b?.reason ?? '' });
    diff.notes.push(...noteChanges(code, a, b));
    if (JSON.stringify(a?.links ?? []) !== JSON.stringify(b?.links ?? [])) diff.links.push(code);
  }
  return diff;
}

function noteChanges(code: string, a: AreaDecision | undefined, b: AreaDecision | undefined): RevisionDiff['notes'] {
  const from = new Map((a?.notes ?? []).map((n) => [n.department, n.text]));
  const to = new Map((b?.notes ?? []).map((n) => [n.department, n.text]));
  const departments = [...new Set([...from.keys(), ...to.keys()])];
  return departments.filter((d) => from.get(d) !== to.get(d)).map((department) => ({ code, department, from: from.get(department) ?? '', to: to.get(department) ?? '' }));
}

function basisChanges(a: DecisionBasis, b: DecisionBasis): RevisionDiff['basis'] {
  const changes: RevisionDiff['basis'] = [];
  if (JSON.stringify([a.weights, a.directions]) !== JSON.stringify([b.weights, b.directions])) changes.push('weights');
  if (a.normalisation !== b.normalisation) changes.push('normalisation');
  if (a.year !== b.year) changes.push('year');
  if (a.topN !== b.topN) changes.push('topN');
  if (a.dataFile !== b.dataFile || a.vintage !== b.vintage) changes.push('data');
  return changes;
}

export const isEmptyDiff = (d: RevisionDiff) => Object.values(d).every((list) => list.length === 0);
