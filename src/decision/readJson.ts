/**
 * Reading untrusted JSON field by field. Each reader throws a FieldProblem
 * naming the path of the first field that is wrong ("revisions[1].areas[0].reason"),
 * which the UI turns into a sentence naming the file and that field.
 */
import { AREA_CODE, safeUrl, LIMITS } from './limits.ts';
import { AREA_STATUSES, DEPARTMENTS, type AreaDecision, type AreaStatus, type Department, type SourceLink } from './types.ts';
import { byDepartment } from './draft.ts';

export class FieldProblem extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

export type Problem = { problem: 'not-json' | 'wrong-format' | 'bad-field'; field?: string };

export const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

export function object(x: unknown, path: string): Record<string, unknown> {
  if (!isRecord(x)) throw new FieldProblem(path);
  return x;
}

export function list(x: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(x) || x.length > max) throw new FieldProblem(path);
  return x;
}

export function text(x: unknown, path: string, max: number, required = false): string {
  if (x === undefined && !required) return '';
  if (typeof x !== 'string' || x.length > max || (required && x.trim() === '')) throw new FieldProblem(path);
  return x.trim();
}

export function numberOrNull(x: unknown, path: string): number | null {
  if (x === null) return null;
  if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > 1e12) throw new FieldProblem(path);
  return x;
}

export function oneOf<T extends string>(x: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(x as T)) throw new FieldProblem(path);
  return x as T;
}

export function areaCode(x: unknown, path: string): string {
  if (typeof x !== 'string' || !AREA_CODE.test(x)) throw new FieldProblem(path);
  return x;
}

export function links(x: unknown, path: string): SourceLink[] {
  if (x === undefined) return [];
  return list(x, path, LIMITS.links).map((raw, i) => {
    const l = object(raw, `${path}[${i}]`);
    const url = typeof l.url === 'string' ? safeUrl(l.url) : null;
    if (url === null) throw new FieldProblem(`${path}[${i}].url`);
    return { title: text(l.title, `${path}[${i}].title`, LIMITS.linkTitle) || url, url };
  });
}

export function area(raw: unknown, path: string): AreaDecision {
  const a = object(raw, path);
  const seen = new Set<Department>();
  const notes = list(a.notes ?? [], `${path}.notes`, DEPARTMENTS.length).map((n, i) => {
    const note = object(n, `${path}.notes[${i}]`);
    const department = oneOf(note.department, `${path}.notes[${i}].department`, DEPARTMENTS);
    if (seen.has(department)) throw new FieldProblem(`${path}.notes[${i}].department`);
    seen.add(department);
    return { department, text: text(note.text, `${path}.notes[${i}].text`, LIMITS.note, true) };
  });
  return {
    code: areaCode(a.code, `${path}.code`),
    status: oneOf<AreaStatus>(a.status, `${path}.status`, AREA_STATUSES),
    reason: text(a.reason, `${path}.reason`, LIMITS.reason),
    notes: notes.sort(byDepartment),
    links: links(a.links, `${path}.links`),
  };
}

/** Parse text as JSON of the given format, then read it; a problem instead of a throw. */
export function readFile<T>(content: string, format: string, read: (json: Record<string, unknown>) => T): T | Problem {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\ufeff/, ''));
  } catch {
    return { problem: 'not-json' };
  }
  if (!isRecord(json) || json.format !== format) return { problem: 'wrong-format' };
  return readOrProblem(() => read(json));
}

export function readOrProblem<T>(read: () => T): T | Problem {
  try {
    return read();
  } catch (error) {
    if (error instanceof FieldProblem) return { problem: 'bad-field', field: error.field.slice(0, 80) };
    throw error;
  }
}

export const isProblem = <T extends object>(x: T | Problem): x is Problem => 'problem' in x;
