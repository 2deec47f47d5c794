/**
 * The decision record as one JSON file (export and import), and the same
 * shape in the browser's storage. Everything read back is validated; a
 * wrong field is named, never half-read.
 */
import { LIMITS, MAX_KEYS, SAVED_AT } from './limits.ts';
import { area, areaCode, list, numberOrNull, object, oneOf, readFile, readOrProblem, text, FieldProblem, type Problem } from './readJson.ts';
import type { AreaEvidence, Coverage, DecisionBasis, DecisionDraft, DecisionRecord, DecisionRevision } from './types.ts';

export const RECORD_FORMAT = 'kraftsamla-decision';
const RECORD_ID = /^[0-9a-z]{4,32}$/;

export function recordFile(record: DecisionRecord): string {
  return `${JSON.stringify({ format: RECORD_FORMAT, version: 1, ...record }, null, 2)}\n`;
}

export function parseRecordFile(content: string): DecisionRecord | Problem {
  return readFile(content, RECORD_FORMAT, readRecord);
}

/** What the browser keeps: the working draft and the record, if saved. */
export interface StoredDecision {
  draft: DecisionDraft;
  record: DecisionRecord | null;
}

export function readStoredDecision(json: unknown): StoredDecision | Problem {
  return readOrProblem(() => {
    const s = object(json, '');
    return { draft: readDraft(s.draft, 'draft'), record: s.record === null ? null : readRecord(object(s.record, 'record')) };
  });
}

function readRecord(r: Record<string, unknown>): DecisionRecord {
  if (typeof r.id !== 'string' || !RECORD_ID.test(r.id)) throw new FieldProblem('id');
  const revisions = list(r.revisions, 'revisions', LIMITS.revisions).map((raw, i) => readRevision(raw, `revisions[${i}]`));
  revisions.forEach((rev, i) => {
    if (rev.revision !== i + 1) throw new FieldProblem(`revisions[${i}].revision`);
  });
  return { id: r.id, revisions };
}

function readDraft(raw: unknown, path: string): DecisionDraft {
  const d = object(raw, path);
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const decidedOn = text(d.decidedOn, at('decidedOn'), 10);
  if (decidedOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) throw new FieldProblem(at('decidedOn'));
  const areas = list(d.areas, at('areas'), LIMITS.areas).map((a, i) => area(a, `${at('areas')}[${i}]`));
  if (new Set(areas.map((a) => a.code)).size !== areas.length) throw new FieldProblem(at('areas'));
  return {
    title: text(d.title, at('title'), LIMITS.title, true),
    errand: text(d.errand, at('errand'), LIMITS.errand),
    proposal: text(d.proposal, at('proposal'), LIMITS.proposal),
    decidedOn,
    areas,
  };
}

function readRevision(raw: unknown, path: string): DecisionRevision {
  const r = object(raw, path);
  if (!Number.isInteger(r.revision)) throw new FieldProblem(`${path}.revision`);
  if (typeof r.savedAt !== 'string' || !SAVED_AT.test(r.savedAt)) throw new FieldProblem(`${path}.savedAt`);
  if (typeof r.published !== 'boolean') throw new FieldProblem(`${path}.published`);
  return {
    ...readDraft(r, path),
    revision: r.revision as number,
    savedAt: r.savedAt,
    basis: readBasis(r.basis, `${path}.basis`),
    evidence: list(r.evidence, `${path}.evidence`, LIMITS.areas * 2).map((e, i) => readEvidence(e, `${path}.evidence[${i}]`)),
    coverage: readCoverage(r.coverage, `${path}.coverage`),
    published: r.published,
  };
}

function recordOf<T>(raw: unknown, path: string, read: (x: unknown, path: string) => T): Record<string, T> {
  const record = object(raw, path);
  const entries = Object.entries(record);
  if (entries.length > MAX_KEYS) throw new FieldProblem(path);
  // No prototype: keys are variable names from files (`__proto__` is a name like any other).
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) {
    if (key.length > 200) throw new FieldProblem(path);
    out[key] = read(value, `${path}.${key.slice(0, 40)}`);
  }
  return { ...out };
}

function readBasis(raw: unknown, path: string): DecisionBasis {
  const b = object(raw, path);
  const weight = (x: unknown, p: string) => {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 100) throw new FieldProblem(p);
    return x;
  };
  const year = numberOrNull(b.year, `${path}.year`);
  if (year !== null && !Number.isInteger(year)) throw new FieldProblem(`${path}.year`);
  const topN = b.topN;
  if (!Number.isInteger(topN) || (topN as number) < 1 || (topN as number) > 100_000) throw new FieldProblem(`${path}.topN`);
  return {
    weights: recordOf(b.weights, `${path}.weights`, weight),
    directions: recordOf(b.directions, `${path}.directions`, (x, p) => oneOf(x, p, ['higher-is-more-need', 'lower-is-more-need'] as const)),
    normalisation: oneOf(b.normalisation, `${path}.normalisation`, ['zscore', 'minmax', 'percentile'] as const),
    year,
    topN: topN as number,
    dataFile: text(b.dataFile, `${path}.dataFile`, 300),
    vintage: text(b.vintage, `${path}.vintage`, 300),
    variableKeys: list(b.variableKeys, `${path}.variableKeys`, MAX_KEYS).map((k, i) => text(k, `${path}.variableKeys[${i}]`, 200, true)),
  };
}

function readEvidence(raw: unknown, path: string): AreaEvidence {
  const e = object(raw, path);
  const efforts = numberOrNull(e.efforts, `${path}.efforts`);
  return {
    code: areaCode(e.code, `${path}.code`),
    name: text(e.name, `${path}.name`, 200),
    rank: numberOrNull(e.rank, `${path}.rank`),
    low: numberOrNull(e.low, `${path}.low`),
    high: numberOrNull(e.high, `${path}.high`),
    pTop: numberOrNull(e.pTop, `${path}.pTop`),
    efforts: efforts ?? 0,
    children: numberOrNull(e.children, `${path}.children`),
  };
}

function readCoverage(raw: unknown, path: string): Coverage {
  const c = object(raw, path);
  const count = (x: unknown, p: string) => numberOrNull(x, p) ?? 0;
  return {
    chosen: count(c.chosen, `${path}.chosen`),
    children: count(c.children, `${path}.children`),
    shareOfChildren: numberOrNull(c.shareOfChildren, `${path}.shareOfChildren`),
    inNeed: list(c.inNeed, `${path}.inNeed`, MAX_KEYS).map((raw, i) => {
      const n = object(raw, `${path}.inNeed[${i}]`);
      const p = `${path}.inNeed[${i}]`;
      return { key: text(n.key, `${p}.key`, 200, true), inSet: count(n.inSet, `${p}.inSet`), inMalmo: count(n.inMalmo, `${p}.inMalmo`), share: numberOrNull(n.share, `${p}.share`), unknownInSet: count(n.unknownInSet, `${p}.unknownInSet`) };
    }),
    topN: count(c.topN, `${path}.topN`),
    inTopN: count(c.inTopN, `${path}.inTopN`),
    leftOut: list(c.leftOut, `${path}.leftOut`, LIMITS.areas).map((raw, i) => {
      const l = object(raw, `${path}.leftOut[${i}]`);
      return { code: areaCode(l.code, `${path}.leftOut[${i}].code`), rank: count(l.rank, `${path}.leftOut[${i}].rank`) };
    }),
  };
}
