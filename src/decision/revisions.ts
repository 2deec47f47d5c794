/**
 * Versioning: saving the draft adds a revision and never changes an earlier
 * one (except whether it is published). The draft is the working copy.
 */
import { LIMITS } from './limits.ts';
import type { AreaEvidence, Coverage, DecisionBasis, DecisionDraft, DecisionRecord, DecisionRevision } from './types.ts';

export function latestRevision(record: DecisionRecord | null): DecisionRevision | null {
  return record && record.revisions.length > 0 ? record.revisions[record.revisions.length - 1] : null;
}

export function draftOf(revision: DecisionRevision): DecisionDraft {
  const { title, errand, proposal, decidedOn, areas } = revision;
  return { title, errand, proposal, decidedOn, areas };
}

/** The draft as a revision: what saving would record, and what the document prints. */
export function snapshot(draft: DecisionDraft, basis: DecisionBasis, evidence: AreaEvidence[], coverage: Coverage, savedAt: string, revision: number): DecisionRevision {
  return { ...structuredClone(draft), revision, savedAt, basis, evidence, coverage, published: false };
}

export interface SaveInput {
  draft: DecisionDraft;
  basis: DecisionBasis;
  evidence: AreaEvidence[];
  coverage: Coverage;
  savedAt: string;
  /** For a first revision: the new record's id. */
  newId: string;
}

/** The record with the draft added as its next revision; null when the record is full. */
export function saveRevision(record: DecisionRecord | null, input: SaveInput): DecisionRecord | null {
  const revisions = record?.revisions ?? [];
  if (revisions.length >= LIMITS.revisions) return null;
  const next = snapshot(input.draft, input.basis, input.evidence, input.coverage, input.savedAt, (latestRevision(record)?.revision ?? 0) + 1);
  return { id: record?.id ?? input.newId, revisions: [...revisions, next] };
}

/** Publish one revision (or none): the public page shows the latest published. */
export function setPublished(record: DecisionRecord, revision: number, published: boolean): DecisionRecord {
  return { ...record, revisions: record.revisions.map((r) => (r.revision === revision ? { ...r, published } : r)) };
}

/** The meeting's date (midday, so no time zone moves it a day), or null when none is given. */
export function meetingDate(revision: Pick<DecisionRevision, 'decidedOn'>): Date | null {
  return revision.decidedOn ? new Date(`${revision.decidedOn}T12:00:00`) : null;
}

export function publishedRevision(record: DecisionRecord | null): DecisionRevision | null {
  return record?.revisions.findLast((r) => r.published) ?? null;
}

/** Whether the draft says something the latest revision does not. */
export function draftChanged(draft: DecisionDraft, record: DecisionRecord | null): boolean {
  const latest = latestRevision(record);
  return latest === null ? draft.areas.some((a) => a.status !== 'proposed' || a.reason !== '' || a.notes.length > 0) || draft.errand !== '' || draft.proposal !== '' : JSON.stringify(draftOf(latest)) !== JSON.stringify(draft);
}

/**
 * An imported record against the stored one. `same`: nothing new; `newer`:
 * it holds every stored revision unchanged and more after them (take it);
 * `other`: a different decision or diverging revisions (ask before replacing).
 */
export function compareRecords(stored: DecisionRecord | null, incoming: DecisionRecord): 'same' | 'newer' | 'older' | 'other' {
  if (stored === null || stored.revisions.length === 0) return 'newer';
  if (stored.id !== incoming.id) return 'other';
  const key = (r: DecisionRevision) => JSON.stringify({ ...r, published: false });
  const shared = Math.min(stored.revisions.length, incoming.revisions.length);
  for (let i = 0; i < shared; i++) if (key(stored.revisions[i]) !== key(incoming.revisions[i])) return 'other';
  if (incoming.revisions.length === stored.revisions.length) return 'same';
  return incoming.revisions.length > stored.revisions.length ? 'newer' : 'older';
}
