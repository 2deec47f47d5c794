/**
 * Editing the selection: pure functions from one draft to the next. An area
 * not in the list has no status; picking it adds it.
 */
import { clip, LIMITS, safeUrl } from './limits.ts';
import { DEPARTMENTS, type AreaDecision, type AreaStatus, type DecisionDraft, type Department } from './types.ts';

/** A first draft: Stadskontoret's areas, all still `proposed`. */
export function initialDraft(proposedCodes: readonly string[], title: string): DecisionDraft {
  return { title, errand: '', proposal: '', decidedOn: '', areas: proposedCodes.map((code) => newArea(code)) };
}

const newArea = (code: string, status: AreaStatus = 'proposed'): AreaDecision => ({ code, status, reason: '', notes: [], links: [] });

export const chosenCodes = (draft: Pick<DecisionDraft, 'areas'>): string[] => draft.areas.filter((a) => a.status === 'chosen').map((a) => a.code);

/** Change one area, adding it first when it is not listed. */
export function updateArea(draft: DecisionDraft, code: string, change: (area: AreaDecision) => AreaDecision): DecisionDraft {
  const listed = draft.areas.some((a) => a.code === code);
  if (!listed && draft.areas.length >= LIMITS.areas) return draft;
  const areas = listed ? draft.areas : [...draft.areas, newArea(code)];
  return { ...draft, areas: areas.map((a) => (a.code === code ? change(a) : a)) };
}

export const setStatus = (draft: DecisionDraft, code: string, status: AreaStatus) => updateArea(draft, code, (a) => ({ ...a, status }));

/** The workshop's key: in or out of the selection. Out means `not-chosen`,
 * a visible choice that asks for a reason, never a silent disappearance. */
export const toggleChosen = (draft: DecisionDraft, code: string) =>
  updateArea(draft, code, (a) => ({ ...a, status: a.status === 'chosen' ? 'not-chosen' : 'chosen' }));

export const setReason = (draft: DecisionDraft, code: string, reason: string) => updateArea(draft, code, (a) => ({ ...a, reason: clip(reason, LIMITS.reason) }));

/** One note per department and area; empty text removes it. */
export function setNote(draft: DecisionDraft, code: string, department: Department, text: string): DecisionDraft {
  const clean = clip(text, LIMITS.note);
  return updateArea(draft, code, (a) => {
    const others = a.notes.filter((n) => n.department !== department);
    return { ...a, notes: clean === '' ? others : [...others, { department, text: clean }].sort(byDepartment) };
  });
}

/** Adds a link when its address is http(s); otherwise the draft is unchanged. */
export function addLink(draft: DecisionDraft, code: string, title: string, url: string): DecisionDraft {
  const safe = safeUrl(url);
  if (safe === null) return draft;
  return updateArea(draft, code, (a) =>
    a.links.length >= LIMITS.links || a.links.some((l) => l.url === safe) ? a : { ...a, links: [...a.links, { title: clip(title, LIMITS.linkTitle) || safe, url: safe }] },
  );
}

export const removeLink = (draft: DecisionDraft, code: string, url: string) => updateArea(draft, code, (a) => ({ ...a, links: a.links.filter((l) => l.url !== url) }));

/** Only an area with nothing said about it leaves the list: a reason or a
 * note is never dropped by a click. */
export function removeArea(draft: DecisionDraft, code: string): DecisionDraft {
  const area = draft.areas.find((a) => a.code === code);
  if (!area || area.reason !== '' || area.notes.length > 0 || area.links.length > 0) return draft;
  return { ...draft, areas: draft.areas.filter((a) => a.code !== code) };
}

export function setHeading(draft: DecisionDraft, heading: Partial<Pick<DecisionDraft, 'title' | 'errand' | 'proposal' | 'decidedOn'>>): DecisionDraft {
  const next = { ...draft };
  if (heading.title !== undefined) next.title = clip(heading.title, LIMITS.title) || draft.title;
  if (heading.errand !== undefined) next.errand = clip(heading.errand, LIMITS.errand);
  if (heading.proposal !== undefined) next.proposal = clip(heading.proposal, LIMITS.proposal);
  if (heading.decidedOn !== undefined) next.decidedOn = /^\d{4}-\d{2}-\d{2}$/.test(heading.decidedOn) ? heading.decidedOn : '';
  return next;
}

/** Notes in the departments' usual order, so files and documents read alike. */
export const byDepartment = (a: { department: Department }, b: { department: Department }) => DEPARTMENTS.indexOf(a.department) - DEPARTMENTS.indexOf(b.department);
