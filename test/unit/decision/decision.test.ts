import { describe, expect, it } from 'vitest';
import { basisMismatch, isMismatch } from '../../../src/decision/basis.ts';
import { selectionCoverage } from '../../../src/decision/coverage.ts';
import { diffRevisions, isEmptyDiff } from '../../../src/decision/diff.ts';
import { addLink, chosenCodes, initialDraft, removeArea, setNote, setReason, setStatus, toggleChosen } from '../../../src/decision/draft.ts';
import { mergeNotes, resolveConflict } from '../../../src/decision/mergeNotes.ts';
import { notesFileFor, parseNotesFile } from '../../../src/decision/notesFile.ts';
import { parseRecordFile, readStoredDecision, recordFile } from '../../../src/decision/recordFile.ts';
import { compareRecords, draftChanged, latestRevision, publishedRevision, saveRevision, setPublished, type SaveInput } from '../../../src/decision/revisions.ts';
import { robustness } from '../../../src/decision/robustness.ts';
import type { DecisionBasis, DecisionRecord } from '../../../src/decision/types.ts';
import type { AreaScore, AreaValues } from '../../../src/index/types.ts';
import { DECISION_KEY, decisionRefOf, loadDecision, saveDecision } from '../../../src/ui/state/decisionStore.ts';

const area = (code: string, children: number | null, values: Record<string, number | null>): AreaValues => ({ code, name: code, population: null, children, values });
const score = (code: string, rank: number | null): AreaScore => ({ code, index: rank, rank, normalised: {}, contributions: {}, missing: [] });
const basis: DecisionBasis = {
  weights: { a: 25, b: 25 },
  directions: { a: 'higher-is-more-need', b: 'higher-is-more-need' },
  normalisation: 'zscore',
  year: 2024,
  topN: 2,
  dataFile: 'serie.csv',
  vintage: '2024',
  variableKeys: ['a', 'b'],
};
const coverage = selectionCoverage([], [], [], 2, []);
const save = (record: DecisionRecord | null, draft = initialDraft(['1', '2'], 'Beslut'), at = '2026-12-02T10:00:00.000Z'): DecisionRecord =>
  saveRevision(record, { draft, basis, evidence: [], coverage, savedAt: at, newId: 'abcd1234' } satisfies SaveInput)!;

describe('what a selection covers', () => {
  it('counts children and estimates children in need as rate × children, by hand', () => {
    const areas = [
      area('1', 1000, { low: 40, aid: 20 }),
      area('2', 500, { low: 10, aid: null }), // suppressed: left out of both sums for aid
      area('3', 2000, { low: 5, aid: 2 }),
      area('4', null, { low: 90, aid: 90 }), // no child count: nothing to estimate
    ];
    const scores = [score('1', 1), score('4', 2), score('2', 3), score('3', 4)];
    const c = selectionCoverage(areas, scores, ['1', '2'], 2, ['low', 'aid']);
    expect(c.children).toBe(1500);
    expect(c.shareOfChildren).toBeCloseTo(1500 / 3500, 12);
    // low: 0.4·1000 + 0.1·500 = 450 in the set, + 0.05·2000 = 550 in Malmö.
    expect(c.inNeed[0]).toEqual({ key: 'low', inSet: 450, inMalmo: 550, share: 450 / 550, unknownInSet: 0 });
    // aid: 0.2·1000 = 200 in the set, + 0.02·2000 = 240; area 2's 500 children are unknown.
    expect(c.inNeed[1].inSet).toBeCloseTo(200, 12);
    expect(c.inNeed[1].inMalmo).toBeCloseTo(240, 12);
    expect(c.inNeed[1].unknownInSet).toBe(500);
    expect(c.inTopN).toBe(1);
    expect(c.leftOut).toEqual([{ code: '4', rank: 2 }]);
  });

  it('covers nothing when nothing is chosen', () => {
    const c = selectionCoverage([area('1', 10, { x: 1 })], [score('1', 1)], [], 1, ['x']);
    expect(c).toMatchObject({ chosen: 0, children: 0, shareOfChildren: 0, inTopN: 0, leftOut: [{ code: '1', rank: 1 }] });
    expect(c.inNeed[0].share).toBe(0);
  });
});

describe('robust to the weighting', () => {
  it('names the three cases at 95 % and 5 %', () => {
    expect([0.95, 0.5, 0.05, null].map(robustness)).toEqual(['in', 'depends', 'out', null]);
  });
});

describe('editing the selection', () => {
  it('starts from the proposal and toggles areas in and out (out = not chosen, never gone)', () => {
    let d = initialDraft(['1', '2'], 'Beslut');
    expect(d.areas.map((a) => a.status)).toEqual(['proposed', 'proposed']);
    d = toggleChosen(d, '1');
    d = toggleChosen(d, '9'); // not listed: added, chosen
    expect(chosenCodes(d)).toEqual(['1', '9']);
    d = toggleChosen(d, '1');
    expect(d.areas.find((a) => a.code === '1')?.status).toBe('not-chosen');
    expect(setStatus(d, '2', 'postponed').areas[1].status).toBe('postponed');
  });

  it('keeps one note per department, and removes only areas with nothing said', () => {
    let d = setNote(initialDraft(['1'], 'B'), '1', 'TN', ' Trygghetsvandring i höst ');
    d = setNote(d, '1', 'ASN', 'Familjecentral');
    d = setNote(d, '1', 'TN', 'Ny text');
    expect(d.areas[0].notes).toEqual([{ department: 'ASN', text: 'Familjecentral' }, { department: 'TN', text: 'Ny text' }]);
    expect(removeArea(d, '1')).toBe(d);
    expect(removeArea(setReason(initialDraft(['1'], 'B'), '1', ''), '1').areas).toEqual([]);
  });

  it('adds only http(s) links', () => {
    const d = initialDraft(['1'], 'B');
    expect(addLink(d, '1', 'x', 'javascript:alert(1)')).toBe(d);
    expect(addLink(d, '1', 'x', 'data:text/html,<b>')).toBe(d);
    expect(addLink(d, '1', 'BoU 2025', 'https://malmo.se/bou').areas[0].links).toEqual([{ title: 'BoU 2025', url: 'https://malmo.se/bou' }]);
  });
});

describe('versions of the decision record', () => {
  it('adds revisions, keeps earlier ones unchanged and publishes one', () => {
    const first = save(null);
    const draft = toggleChosen(initialDraft(['1', '2'], 'Beslut'), '2');
    const second = save(first, setReason(draft, '2', 'Högst behov'), '2026-12-03T10:00:00.000Z');
    expect(second.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(second.revisions[0]).toEqual(first.revisions[0]);
    expect(latestRevision(second)?.savedAt).toBe('2026-12-03T10:00:00.000Z');
    expect(publishedRevision(second)).toBeNull();
    expect(publishedRevision(setPublished(second, 1, true))?.revision).toBe(1);
    expect(draftChanged(draft, second)).toBe(true);
  });

  it('shows what changed between two revisions', () => {
    let a = initialDraft(['1', '2', '3'], 'Beslut');
    a = setNote(toggleChosen(toggleChosen(a, '1'), '2'), '1', 'FSKN', 'Skolan har läxhjälp');
    let b = toggleChosen(a, '2'); // 2 out
    b = toggleChosen(b, '3'); // 3 in
    b = setReason(setNote(b, '1', 'FSKN', 'Skolan har läxhjälp och SSPF'), '2', 'Insatser pågår redan');
    const diff = diffRevisions({ ...a, basis }, { ...b, basis: { ...basis, weights: { a: 50, b: 25 } } });
    expect(diff.added).toEqual(['3']);
    expect(diff.removed).toEqual(['2']);
    expect(diff.status).toEqual([
      { code: '2', from: 'chosen', to: 'not-chosen' },
      { code: '3', from: 'proposed', to: 'chosen' },
    ]);
    expect(diff.reasons).toEqual([{ code: '2', from: '', to: 'Insatser pågår redan' }]);
    expect(diff.notes).toEqual([{ code: '1', department: 'FSKN', from: 'Skolan har läxhjälp', to: 'Skolan har läxhjälp och SSPF' }]);
    expect(diff.basis).toEqual(['weights']);
    expect(isEmptyDiff(diffRevisions(a, a))).toBe(true);
  });

  it('tells a newer copy of the same record from a different one', () => {
    const one = save(null);
    const two = save(one);
    expect(compareRecords(null, one)).toBe('newer');
    expect(compareRecords(one, two)).toBe('newer');
    expect(compareRecords(two, one)).toBe('older');
    expect(compareRecords(two, setPublished(two, 2, true))).toBe('same');
    expect(compareRecords(two, { ...two, id: 'other123' })).toBe('other');
    const edited = { ...two, revisions: [{ ...two.revisions[0], reason: 'x', title: 'Annat' }, two.revisions[1]] };
    expect(compareRecords(two, edited)).toBe('other');
  });

  it('round-trips through its file', () => {
    const record = save(save(null));
    expect(parseRecordFile(recordFile(record))).toEqual(record);
  });
});

describe('reading hostile or wrong files', () => {
  const file = (patch: (json: Record<string, any>) => void) => {
    const json = JSON.parse(recordFile(save(null)));
    patch(json);
    return JSON.stringify(json);
  };

  it('names the field that is wrong', () => {
    expect(parseRecordFile('{nope')).toEqual({ problem: 'not-json' });
    expect(parseRecordFile('{"format":"kraftsamla-scenario"}')).toEqual({ problem: 'wrong-format' });
    expect(parseRecordFile(file((j) => (j.revisions[0].areas[1].status = 'maybe')))).toEqual({ problem: 'bad-field', field: 'revisions[0].areas[1].status' });
    expect(parseRecordFile(file((j) => (j.revisions[0].areas[0].links = [{ title: 'x', url: 'javascript:alert(1)' }])))).toEqual({
      problem: 'bad-field',
      field: 'revisions[0].areas[0].links[0].url',
    });
    expect(parseRecordFile(file((j) => (j.revisions[0].areas[0].reason = 'x'.repeat(5000))))).toMatchObject({ field: 'revisions[0].areas[0].reason' });
    expect(parseRecordFile(file((j) => (j.revisions[0].revision = 7)))).toMatchObject({ field: 'revisions[0].revision' });
    expect(parseRecordFile(file((j) => (j.revisions[0].basis.weights.a = 1e300)))).toMatchObject({ field: 'revisions[0].basis.weights.a' });
    expect(parseRecordFile(file((j) => (j.id = '../../etc')))).toMatchObject({ field: 'id' });
    expect(parseRecordFile(file((j) => j.revisions[0].areas.push(j.revisions[0].areas[0])))).toMatchObject({ field: 'revisions[0].areas' });
  });

  it('treats __proto__ as a variable name, not as the prototype', () => {
    const text = file((j) => (j.revisions[0].basis.weights = JSON.parse('{"__proto__": 30, "a": 10}')));
    const record = parseRecordFile(text) as DecisionRecord;
    expect(Object.hasOwn(record.revisions[0].basis.weights, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('reads the browser store, and refuses a store that is not one', () => {
    const draft = initialDraft(['1'], 'B');
    expect(readStoredDecision({ draft, record: null })).toEqual({ draft, record: null });
    expect(readStoredDecision({ draft: { ...draft, title: '' }, record: null })).toEqual({ problem: 'bad-field', field: 'draft.title' });
    expect(readStoredDecision([1, 2])).toMatchObject({ problem: 'bad-field' });
  });
});

describe('department notes', () => {
  const notes = (department: string, entries: unknown[]) => JSON.stringify({ format: 'kraftsamla-department-notes', version: 1, department, notes: entries });

  it('merges new notes, leaves equal ones and shows a conflict without overwriting', () => {
    const draft = setNote(initialDraft(['1', '2'], 'B'), '1', 'FSKN', 'Läxhjälp i skolan');
    const file = parseNotesFile(notes('FSKN', [
      { code: '1', text: 'Läxhjälp och föräldramöten' },
      { code: '2', text: 'Ny fritidsgård', links: [{ title: 'BoU', url: 'https://malmo.se/bou' }] },
      { code: '99999', text: 'Okänt område' },
      { code: '3', text: 'Inte med i förslaget' },
    ]));
    if ('problem' in file) throw new Error('not parsed');
    const merged = mergeNotes(draft, file, 'fskn.json', new Set(['1', '2', '3']));
    expect(merged.added).toBe(2);
    expect(merged.unknown).toEqual([{ index: 2, code: '99999' }]);
    expect(merged.conflicts).toEqual([{ code: '1', department: 'FSKN', existing: 'Läxhjälp i skolan', incoming: 'Läxhjälp och föräldramöten', file: 'fskn.json' }]);
    // The draft keeps its own text until the user chooses.
    expect(merged.draft.areas[0].notes[0].text).toBe('Läxhjälp i skolan');
    expect(merged.draft.areas[1]).toMatchObject({ notes: [{ department: 'FSKN', text: 'Ny fritidsgård' }], links: [{ title: 'BoU', url: 'https://malmo.se/bou' }] });
    expect(merged.draft.areas[2]).toMatchObject({ code: '3', status: 'proposed' });
    const conflict = merged.conflicts[0];
    expect(resolveConflict(merged.draft, conflict, 'keep')).toBe(merged.draft);
    expect(resolveConflict(merged.draft, conflict, 'incoming').areas[0].notes[0].text).toBe('Läxhjälp och föräldramöten');
    expect(resolveConflict(merged.draft, conflict, 'both').areas[0].notes[0].text).toBe('Läxhjälp i skolan\n\nLäxhjälp och föräldramöten');
    // Merging the same file again adds nothing.
    const again = mergeNotes(merged.draft, file, 'fskn.json', new Set(['1', '2', '3']));
    expect([again.added, again.unchanged, again.conflicts.length]).toEqual([0, 2, 1]);
  });

  it('refuses wrong files with the field named', () => {
    expect(parseNotesFile(notes('POLISEN', []))).toEqual({ problem: 'bad-field', field: 'department' });
    expect(parseNotesFile(notes('TN', [{ code: '<img src=x>', text: 'x' }]))).toEqual({ problem: 'bad-field', field: 'notes[0].code' });
    expect(parseNotesFile(notes('TN', [{ code: '1', text: 7 }]))).toEqual({ problem: 'bad-field', field: 'notes[0].text' });
    expect(parseNotesFile('\ufeff' + notes('TN', []))).toEqual({ department: 'TN', notes: [] });
    expect(parseNotesFile('[]')).toEqual({ problem: 'wrong-format' });
  });

  it('hands out a template the department fills in and the app reads back', () => {
    const draft = setNote(initialDraft(['1', '2'], 'B'), '2', 'KN', 'Biblioteket har läsfrämjande');
    const text = notesFileFor(draft, 'KN', (c) => `Område ${c}`);
    expect(JSON.parse(text).notes[0]).toEqual({ code: '1', name: 'Område 1', text: '', links: [] });
    expect(parseNotesFile(text)).toEqual({ department: 'KN', notes: [{ code: '2', text: 'Biblioteket har läsfrämjande', links: [] }] });
  });
});

describe('a record on other data', () => {
  it('says so instead of recomputing as if it were the same', () => {
    expect(isMismatch(basisMismatch(basis, { dataFile: 'serie.csv', vintage: '2024', variableKeys: ['a', 'b', 'c'] }))).toBe(false);
    expect(basisMismatch(basis, { dataFile: 'annan.csv', vintage: '2024', variableKeys: ['a'] })).toEqual({ data: true, missingVariables: ['b'] });
  });
});

describe('the decision in the browser', () => {
  const memory = (entries: Record<string, string>) => {
    const data = new Map(Object.entries(entries));
    return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  };

  it('reads back what it wrote', () => {
    const storage = memory({});
    const stored = { draft: initialDraft(['1'], 'B'), record: save(null) };
    expect(saveDecision(storage, stored)).toBe(true);
    expect(loadDecision(storage).value).toEqual(stored);
  });

  it('sets a hostile or broken store aside instead of reading it, and overwrites nothing', () => {
    const hostile = JSON.stringify({ draft: { title: 'B', areas: [{ code: '1', status: 'chosen', reason: '', links: [{ title: 'x', url: 'javascript:alert(1)' }] }] }, record: null });
    const storage = memory({ [DECISION_KEY]: hostile });
    const read = loadDecision(storage, new Date('2026-12-02T12:00:00Z'));
    expect(read).toEqual({ value: null, setAside: `${DECISION_KEY}.oläsbar-2026-12-02T12:00:00.000Z`, blocked: null });
    expect(storage.data.get(read.setAside!)).toBe(hostile);
    expect(storage.data.has(DECISION_KEY)).toBe(false);
  });

  it('reads only its own link parameter', () => {
    expect(decisionRefOf('?w=a:1&beslut=abcd1234-2')).toEqual({ id: 'abcd1234', revision: 2 });
    expect(decisionRefOf('?w=a:1')).toBeNull();
    expect(decisionRefOf('?beslut=<script>-1')).toEqual({ malformed: 'beslut=<script>-1' });
    expect(decisionRefOf(`?beslut=${'x'.repeat(5000)}`)).toEqual({ malformed: `beslut=${'x'.repeat(40)}` });
  });
});
