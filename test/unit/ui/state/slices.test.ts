import { describe, expect, it } from 'vitest';
import { withYear } from '../../../../src/data/combineYears.ts';
import { parseIndicatorText } from '../../../../src/data/parseIndicators.ts';
import type { Effort } from '../../../../src/efforts/types.ts';
import type { AppState } from '../../../../src/ui/state/appState.ts';
import { ACTION_TYPES, reduce, type Action } from '../../../../src/ui/state/reduce.ts';
import type { Scenario } from '../../../../src/ui/state/scenarioStore.ts';
import { conflictingNames } from '../../../../src/ui/state/slices/scenarios.ts';
import { chosenCodes } from '../../../../src/decision/draft.ts';
import { selectionCoverage } from '../../../../src/decision/coverage.ts';
import { context, HEADER } from '../../data/context.ts';
import { dataset, defaultKeys, start } from './fixture.ts';

const s0 = start();
const weights = (s: AppState) => [...defaultKeys].map((key) => s.view.weights[key]);
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reduce, state);
const scenario = (name: string, trangboddhet = 50): Scenario => ({
  name,
  savedAt: '2026-01-01T00:00:00.000Z',
  weights: { behorighet_yrkesprogram: 0, trangboddhet, ekonomiskt_bistand: 0, laginkomststandard: 0 },
  directions: {},
  normalisation: 'minmax',
});
const effort = { id: 'E1', name: 'Fritidsgård', type: 'Fritid' } as Effort;
function decisionSave(savedAt: string): Action {
  const basis = { weights: s0.view.weights, directions: s0.view.directions, normalisation: 'zscore' as const, year: 2024, topN: 12, dataFile: 'x.csv', vintage: 'x', variableKeys: [...defaultKeys] };
  return { type: 'decision-save', basis, evidence: [], coverage: selectionCoverage([], [], [], 12, []), savedAt, newId: 'rec00001' };
}

/**
 * One case per action type: a state before, the action, and what must hold
 * after. The last test checks that every action the reducer knows has a case.
 */
const cases: Record<Action['type'], { before?: AppState; action: Action; check: (after: AppState, before: AppState) => void }> = {
  // weights/method
  'set-weight': { action: { type: 'set-weight', key: 'trangboddhet', weight: 400 }, check: (s) => expect(weights(s)).toEqual([25, 100, 25, 25]) },
  'set-direction': {
    action: { type: 'set-direction', key: 'trangboddhet', direction: 'lower-is-more-need' },
    check: (s) => expect(s.view.directions.trangboddhet).toBe('lower-is-more-need'),
  },
  'reset-weights': {
    before: run(s0, { type: 'set-weight', key: 'trangboddhet', weight: 0 }, { type: 'set-direction', key: 'trangboddhet', direction: 'lower-is-more-need' }),
    action: { type: 'reset-weights' },
    check: (s) => expect(s.view).toEqual(s0.view),
  },
  'set-normalisation': { action: { type: 'set-normalisation', normalisation: 'percentile' }, check: (s) => expect(s.view.normalisation).toBe('percentile') },
  'apply-weights': {
    action: { type: 'apply-weights', weights: { trangboddhet: 70, okand: 5 }, normalisation: 'minmax' },
    check: (s) => {
      // Variables the weighting leaves out get 0; unknown keys are ignored.
      expect(weights(s)).toEqual([0, 70, 0, 0]);
      expect(s.view.weights).not.toHaveProperty('okand');
      expect(s.view.normalisation).toBe('minmax');
    },
  },
  // view
  'set-level': {
    before: run(s0, { type: 'select', code: '25611' }),
    action: { type: 'set-level', level: 'geso' },
    check: (s) => {
      expect(s.view.level).toBe('geso');
      // A delområde code means nothing at GeSO level.
      expect(s.view.selected).toBeNull();
    },
  },
  'set-classification': { action: { type: 'set-classification', classification: 'stddev' }, check: (s) => expect(s.view.classification).toBe('stddev') },
  'set-fixed-classes': { action: { type: 'set-fixed-classes', fixed: true }, check: (s) => expect(s.view.fixedClasses).toBe(true) },
  'set-layer': {
    action: { type: 'set-layer', layer: 'labels', show: false },
    check: (s) => expect(s.view.layers).toEqual({ proposed: true, chosen: true, labels: false, efforts: true }),
  },
  select: { action: { type: 'select', code: '25611' }, check: (s) => expect(s.view.selected).toBe('25611') },
  'set-language': { action: { type: 'set-language', language: 'en' }, check: (s) => expect(s.view.language).toBe('en') },
  'set-results-view': { action: { type: 'set-results-view', view: 'robustness' }, check: (s) => expect(s.view.resultsView).toBe('robustness') },
  'set-map-position': {
    action: { type: 'set-map-position', position: { lon: 13, lat: 55.6, zoom: 12 } },
    check: (s) => expect(s.view.map).toEqual({ lon: 13, lat: 55.6, zoom: 12 }),
  },
  'set-top-n': {
    action: { type: 'set-top-n', n: 20 },
    check: (s) => {
      expect(s.view.topN).toBe(20);
      // Bounded by a third of the areas in the data, not by a number in the code.
      const max = Math.floor(dataset.areas.length / 3);
      for (const n of [0, 2.5, max + 1, Number.NaN]) expect(reduce(s, { type: 'set-top-n', n }).view.topN).toBe(20);
      expect(reduce(s, { type: 'set-top-n', n: max }).view.topN).toBe(max);
    },
  },
  'set-map-colour': { action: { type: 'set-map-colour', colour: 'probability' }, check: (s) => expect(s.view.mapColour).toBe('probability') },
  'set-effort-filter': {
    action: { type: 'set-effort-filter', filter: { department: 'FRN' } },
    check: (s) => expect(s.view.effortFilter).toEqual({ ...s0.view.effortFilter, department: 'FRN' }),
  },
  // data
  'dataset-loaded': {
    before: run(s0, { type: 'set-weight', key: 'trangboddhet', weight: 70 }, { type: 'set-year', year: 2019 }, { type: 'set-reference-year', year: 2024 }),
    action: (() => {
      const own = parseIndicatorText(`${HEADER};trygghet\n11319;A;5000;900;46,6;30,1;12,5;35,0;60`, context('egen.csv'));
      if (!own.ok) throw new Error();
      const dated = withYear(own.value, 2023);
      if (!dated.ok) throw new Error();
      return { type: 'dataset-loaded', dataset: dated.value, warnings: own.warnings } as const;
    })(),
    check: (s, before) => {
      // Years the new data lacks fall back to its latest, and to within-year.
      expect([s.dataset.years, s.view.year, s.view.referenceYear]).toEqual([[2023], null, null]);
      // A file without a year is never shown before it is given one.
      const undated = parseIndicatorText(`${HEADER}\n11319;A;5000;900;46,6;30,1;12,5;35,0`, context('x.csv'));
      if (undated.ok) expect(reduce(before, { type: 'dataset-loaded', dataset: undated.value, warnings: [] })).toBe(before);
      // The user's weights stay; the new variable starts at 0.
      expect(Object.entries(s.view.weights)).toEqual([
        ['behorighet_yrkesprogram', 25],
        ['trangboddhet', 70],
        ['ekonomiskt_bistand', 25],
        ['laginkomststandard', 25],
        ['trygghet', 0],
      ]);
      expect(s.notices.items).toEqual([expect.objectContaining({ tone: 'warning', file: 'egen.csv' })]);
    },
  },
  'load-failed': {
    action: { type: 'load-failed', errors: [{ kind: 'empty-file', file: 'x.csv' }] },
    check: (s) => {
      expect(s.dataset).toBe(s0.dataset);
      expect(s.notices.items).toEqual([expect.objectContaining({ tone: 'error' })]);
    },
  },
  // efforts
  'efforts-loaded': {
    before: run(s0, { type: 'set-effort-filter', filter: { department: 'KN' } }, { type: 'select-effort', id: 'old' }),
    action: { type: 'efforts-loaded', efforts: { fileName: 'lokaler.geojson', illustrative: false, efforts: [effort] } },
    check: (s) => {
      expect(s.efforts.dataset.efforts).toEqual([effort]);
      // Filters and the card chosen for the old efforts go.
      expect(s.view.effortFilter.department).toBeNull();
      expect(s.efforts.selected).toBeNull();
      expect(s.notices.items[0]).toMatchObject({ tone: 'success', file: 'lokaler.geojson' });
    },
  },
  'select-effort': { action: { type: 'select-effort', id: 'E1' }, check: (s) => expect(s.efforts.selected).toBe('E1') },
  'set-min-cost': {
    action: { type: 'set-min-cost', costKr: 250_000 },
    check: (s) => {
      expect(s.efforts.minCostKr).toBe(250_000);
      expect(reduce(s, { type: 'set-min-cost', costKr: -1 }).efforts.minCostKr).toBe(250_000);
    },
  },
  // scenarios
  'add-scenarios': {
    before: run(s0, { type: 'add-scenarios', scenarios: [scenario('A', 10)], replace: false }),
    action: { type: 'add-scenarios', scenarios: [scenario('B'), scenario('C')], replace: false },
    check: (s) => {
      // Several files at once: all are kept, none replaces another.
      expect(s.scenarios.saved.map((x) => x.name)).toEqual(['A', 'B', 'C']);
      // Issue 9 case 3: files with one name, and a name already saved, are all kept without a yes …
      const same = reduce(s, { type: 'add-scenarios', scenarios: [scenario('A', 20), scenario('A', 30)], replace: false });
      expect(same.scenarios.saved.map((x) => [x.name, x.weights.trangboddhet])).toEqual([['A', 10], ['B', 50], ['C', 50], ['A (2)', 20], ['A (3)', 30]]);
      expect(same.notices.items[0].issues.map((i) => [i.kind, i.column, i.value])).toEqual([['scenario-renamed', 'A', 'A (2)'], ['scenario-renamed', 'A', 'A (3)']]);
      // … and with the user's yes, the saved one is replaced (a second of the same name in the batch still not).
      const replaced = reduce(s, { type: 'add-scenarios', scenarios: [scenario('A', 20)], replace: true });
      expect(replaced.scenarios.saved.map((x) => [x.name, x.weights.trangboddhet])).toEqual([['B', 50], ['C', 50], ['A', 20]]);
      expect(conflictingNames(s.scenarios.saved, [scenario('A'), scenario('D')])).toEqual(['A']);
    },
  },
  'save-scenario': {
    before: run(s0, { type: 'set-weight', key: 'trangboddhet', weight: 60 }),
    action: { type: 'save-scenario', name: '  Trångt  ', savedAt: '2026-12-01T10:00:00.000Z', replace: false },
    check: (s, before) => {
      expect(s.scenarios.saved).toEqual([
        { name: 'Trångt', savedAt: '2026-12-01T10:00:00.000Z', weights: before.view.weights, directions: before.view.directions, normalisation: 'zscore', followUp: before.view.followUp },
      ]);
      expect(reduce(s, { type: 'save-scenario', name: '   ', savedAt: '', replace: false })).toBe(s);
      // The same name again, without a yes: saved beside it.
      expect(reduce(s, { type: 'save-scenario', name: 'Trångt', savedAt: '', replace: false }).scenarios.saved.map((x) => x.name)).toEqual(['Trångt', 'Trångt (2)']);
    },
  },
  'storage-written': {
    action: { type: 'storage-written', ok: false },
    check: (s) => {
      // A refused write is said once, and stays visible as the storage status.
      expect(s.scenarios.storage).toEqual({ kind: 'failed' });
      expect(s.notices.items.map((n) => n.issues[0].kind)).toEqual(['storage-failed']);
      const again = reduce(s, { type: 'storage-written', ok: false });
      expect(again.notices).toEqual(s.notices);
      expect(reduce(again, { type: 'storage-written', ok: true }).scenarios.storage).toEqual({ kind: 'ok' });
      // A blocked store stays blocked whatever a write reports: only the user unblocks it.
      const blocked = { ...s, scenarios: { ...s.scenarios, storage: { kind: 'blocked' as const, size: 9 } } };
      expect(reduce(blocked, { type: 'storage-written', ok: true })).toBe(blocked);
    },
  },
  'storage-unblocked': {
    before: { ...s0, scenarios: { ...s0.scenarios, storage: { kind: 'blocked', size: 9 } } },
    action: { type: 'storage-unblocked' },
    check: (s) => expect(s.scenarios.storage).toEqual({ kind: 'ok' }),
  },
  'rename-scenario': {
    before: run(s0, { type: 'add-scenarios', scenarios: [scenario('A'), scenario('B')], replace: false }),
    action: { type: 'rename-scenario', from: 'A', to: 'Ny' },
    check: (s) => {
      expect(s.scenarios.saved.map((x) => x.name)).toEqual(['Ny', 'B']);
      // A name already taken is refused.
      expect(reduce(s, { type: 'rename-scenario', from: 'Ny', to: 'B' })).toBe(s);
    },
  },
  'delete-scenario': {
    before: run(s0, { type: 'add-scenarios', scenarios: [scenario('A')], replace: false }, { type: 'set-compare', compare: { a: 'default', b: 'scenario:A' } }),
    action: { type: 'delete-scenario', name: 'A' },
    check: (s) => {
      expect(s.scenarios.saved).toEqual([]);
      // A comparison with the deleted scenario ends.
      expect(s.scenarios.compare).toBeNull();
    },
  },
  'set-compare': {
    action: { type: 'set-compare', compare: { a: 'default', b: 'current' } },
    check: (s) => expect(s.scenarios.compare).toEqual({ a: 'default', b: 'current' }),
  },
  // participants
  'add-participant': {
    before: run(s0, { type: 'add-participant', weighting: { name: 'ASN', weights: { trangboddhet: 1 } } }),
    action: { type: 'add-participant', weighting: { name: ' ASN ', weights: { trangboddhet: 9 } } },
    check: (s) => expect(s.participants.list).toEqual([{ name: 'ASN', weights: { trangboddhet: 9 } }]),
  },
  'remove-participant': {
    before: run(s0, { type: 'add-participant', weighting: { name: 'ASN', weights: {} } }),
    action: { type: 'remove-participant', name: 'ASN' },
    check: (s) => expect(s.participants.list).toEqual([]),
  },
  'participants-storage-written': {
    action: { type: 'participants-storage-written', ok: false },
    check: (s) => {
      expect(s.participants.storage).toEqual({ kind: 'failed' });
      expect(s.notices.items.map((n) => n.issues[0].kind)).toEqual(['participants-storage-failed']);
      expect(reduce(s, { type: 'participants-storage-written', ok: true }).participants.storage).toEqual({ kind: 'ok' });
      const blocked = { ...s, participants: { ...s.participants, storage: { kind: 'blocked' as const, size: 9 } } };
      expect(reduce(blocked, { type: 'participants-storage-written', ok: true })).toBe(blocked);
    },
  },
  'participants-storage-unblocked': {
    before: { ...s0, participants: { list: [], storage: { kind: 'blocked', size: 9 } } },
    action: { type: 'participants-storage-unblocked' },
    check: (s) => expect(s.participants.storage).toEqual({ kind: 'ok' }),
  },
  // uncertainty
  'set-uncertainty': {
    action: { type: 'set-uncertainty', settings: { spread: 'large', samples: 50_000, seed: 7 } },
    check: (s) => {
      expect(s.view.uncertainty).toMatchObject({ spread: 'large', samples: 50_000, seed: 7 });
      for (const bad of [{ samples: 123 }, { seed: -1 }, { seed: 1.5 }, { seed: 2 ** 32 }]) expect(reduce(s, { type: 'set-uncertainty', settings: bad })).toBe(s);
    },
  },
  // notices
  notice: {
    before: run(s0, { type: 'load-failed', errors: [] }),
    action: { type: 'notice', notice: { tone: 'warning', issues: [] } },
    check: (s, before) => {
      expect(s.notices.items).toEqual([{ id: before.notices.nextId, tone: 'warning', issues: [] }]);
      expect(s.notices.nextId).toBe(before.notices.nextId + 1);
    },
  },
  'dismiss-notice': {
    before: run(s0, { type: 'load-failed', errors: [] }),
    action: { type: 'dismiss-notice', id: 1 },
    check: (s) => expect(s.notices.items).toEqual([]),
  },
  // time
  'set-year': {
    action: { type: 'set-year', year: 2019 },
    check: (s) => {
      expect(s.view.year).toBe(2019);
      // A year the data lacks is refused.
      expect(reduce(s, { type: 'set-year', year: 2031 }).view.year).toBe(2019);
    },
  },
  'step-year': {
    action: { type: 'step-year', delta: -1 },
    check: (s) => {
      expect(s.view.year).toBe(2023);
      expect(run(s, { type: 'set-year', year: 2015 }, { type: 'step-year', delta: -1 }).view.year).toBe(2015);
      expect(run(s, { type: 'step-year', delta: 1 }, { type: 'step-year', delta: 1 }).view.year).toBe(2024);
    },
  },
  'set-reference-year': {
    action: { type: 'set-reference-year', year: 2024 },
    check: (s) => {
      expect(s.view.referenceYear).toBe(2024);
      expect(reduce(s, { type: 'set-reference-year', year: null }).view.referenceYear).toBeNull();
    },
  },
  'set-change': {
    action: { type: 'set-change', from: 2018, measure: { variable: 'trangboddhet' } },
    check: (s) => {
      expect([s.view.changeFrom, s.view.changeMeasure]).toEqual([2018, { variable: 'trangboddhet' }]);
      expect(reduce(s, { type: 'set-change', measure: { variable: 'nope' } })).toBe(s);
    },
  },
  'set-follow-up': {
    action: { type: 'set-follow-up', followUp: { startYear: 2020, comparisonSize: 6, name: '  Valda  ' } },
    check: (s) => {
      expect(s.view.followUp).toMatchObject({ startYear: 2020, comparisonSize: 6, name: 'Valda' });
      expect(reduce(s, { type: 'set-follow-up', followUp: { comparisonSize: 0 } })).toBe(s);
      expect(reduce(s, { type: 'set-follow-up', followUp: { startYear: 20.5 } })).toBe(s);
    },
  },
  'toggle-follow-up-area': {
    action: { type: 'toggle-follow-up-area', code: '25611' },
    check: (s) => {
      expect(s.view.followUp.codes).not.toContain('25611');
      expect(reduce(s, { type: 'toggle-follow-up-area', code: '25611' }).view.followUp.codes).toContain('25611');
      expect(reduce(s, { type: 'toggle-follow-up-area', code: 'x' })).toBe(s);
    },
  },
  'reset-follow-up': {
    before: run(s0, { type: 'toggle-follow-up-area', code: '25611' }, { type: 'set-follow-up', followUp: { startYear: 2019 } }),
    action: { type: 'reset-follow-up' },
    check: (s) => expect(s.view.followUp).toEqual(s0.view.followUp),
  },
  // decision
  'decision-toggle': {
    action: { type: 'decision-toggle', code: '25611' },
    check: (s) => {
      expect(chosenCodes(s.decision.draft)).toEqual(['25611']);
      // Holma is one of Stadskontoret's 12; the other 11 stay listed as proposed.
      expect(s.decision.draft.areas.filter((a) => a.status === 'proposed')).toHaveLength(11);
      expect(reduce(s, { type: 'decision-toggle', code: 'nope' })).toBe(s);
    },
  },
  'decision-set-status': {
    action: { type: 'decision-set-status', code: '11319', status: 'postponed' },
    check: (s) => expect(s.decision.draft.areas.find((a) => a.code === '11319')?.status).toBe('postponed'),
  },
  'decision-set-reason': {
    action: { type: 'decision-set-reason', code: '11319', reason: '  Högst behov och robust  ' },
    check: (s) => expect(s.decision.draft.areas.find((a) => a.code === '11319')?.reason).toBe('Högst behov och robust'),
  },
  'decision-set-note': {
    action: { type: 'decision-set-note', code: '11319', department: 'FSKN', text: 'Skolan har SSPF' },
    check: (s) => expect(s.decision.draft.areas.find((a) => a.code === '11319')?.notes).toEqual([{ department: 'FSKN', text: 'Skolan har SSPF' }]),
  },
  'decision-add-link': {
    action: { type: 'decision-add-link', code: '11319', title: 'BoU', url: 'javascript:alert(1)' },
    check: (s, before) => expect(s.decision.draft).toBe(before.decision.draft),
  },
  'decision-remove-link': {
    before: run(s0, { type: 'decision-add-link', code: '11319', title: 'BoU', url: 'https://malmo.se/bou' }),
    action: { type: 'decision-remove-link', code: '11319', url: 'https://malmo.se/bou' },
    check: (s, before) => {
      expect(before.decision.draft.areas.find((a) => a.code === '11319')?.links).toHaveLength(1);
      expect(s.decision.draft.areas.find((a) => a.code === '11319')?.links).toEqual([]);
    },
  },
  'decision-remove-area': {
    before: run(s0, { type: 'decision-toggle', code: '25611' }),
    action: { type: 'decision-remove-area', code: '25611' },
    check: (s) => expect(s.decision.draft.areas.map((a) => a.code)).not.toContain('25611'),
  },
  'decision-set-heading': {
    action: { type: 'decision-set-heading', heading: { errand: 'KS-2026-123', decidedOn: 'igår' } },
    check: (s) => expect([s.decision.draft.errand, s.decision.draft.decidedOn]).toEqual(['KS-2026-123', '']),
  },
  'decision-save': {
    before: run(s0, { type: 'decision-toggle', code: '11319' }),
    action: decisionSave('2026-12-02T10:00:00.000Z'),
    check: (s) => {
      expect(s.decision.record?.id).toBe('rec00001');
      expect(s.decision.record?.revisions.map((r) => [r.revision, chosenCodes(r)])).toEqual([[1, ['11319']]]);
      expect(s.decision.record?.revisions[0].basis.weights).toEqual(s.view.weights);
    },
  },
  'decision-merge-notes': {
    before: run(s0, { type: 'decision-set-note', code: '11319', department: 'TN', text: 'Trygghetsvandring' }),
    action: { type: 'decision-merge-notes', fileName: 'tn.json', file: { department: 'TN', notes: [{ code: '11319', text: 'Annan text', links: [] }, { code: '36101', text: 'Ungdomsfält', links: [] }] } },
    check: (s) => {
      expect(s.decision.conflicts).toHaveLength(1);
      expect(s.decision.draft.areas.find((a) => a.code === '11319')?.notes[0].text).toBe('Trygghetsvandring');
      expect(s.decision.draft.areas.find((a) => a.code === '36101')?.notes[0].text).toBe('Ungdomsfält');
      expect(s.notices.items[0].tone).toBe('warning');
    },
  },
  'decision-resolve-conflict': {
    before: run(
      s0,
      { type: 'decision-set-note', code: '11319', department: 'TN', text: 'Trygghetsvandring' },
      { type: 'decision-merge-notes', fileName: 'tn.json', file: { department: 'TN', notes: [{ code: '11319', text: 'Annan text', links: [] }] } },
    ),
    action: { type: 'decision-resolve-conflict', index: 0, choice: 'incoming' },
    check: (s) => {
      expect(s.decision.conflicts).toEqual([]);
      expect(s.decision.draft.areas.find((a) => a.code === '11319')?.notes[0].text).toBe('Annan text');
    },
  },
  'decision-import': {
    before: run(s0, decisionSave('2026-12-02T10:00:00.000Z')),
    action: { type: 'decision-import', fileName: 'annat.json', replace: false, record: { id: 'other999', revisions: [] } },
    check: (s, before) => {
      // A different decision waits for the user's yes; the stored one stays.
      expect(s.decision.record).toBe(before.decision.record);
      expect(s.decision.pendingRecord?.relation).toBe('other');
      const replaced = reduce(s, { type: 'decision-import', fileName: 'annat.json', replace: true, record: { id: 'other999', revisions: [] } });
      expect(replaced.decision.record?.id).toBe('other999');
    },
  },
  'decision-cancel-pending': {
    before: run(s0, decisionSave('2026-12-02T10:00:00.000Z'), { type: 'decision-import', fileName: 'a.json', replace: false, record: { id: 'other999', revisions: [] } }),
    action: { type: 'decision-cancel-pending' },
    check: (s) => expect(s.decision.pendingRecord).toBeNull(),
  },
  'decision-publish': {
    before: run(s0, decisionSave('2026-12-02T10:00:00.000Z')),
    action: { type: 'decision-publish', revision: 1, published: true },
    check: (s) => expect(s.decision.record?.revisions[0].published).toBe(true),
  },
  'decision-open-revision': {
    before: run(s0, decisionSave('2026-12-02T10:00:00.000Z'), { type: 'set-weight', key: 'trangboddhet', weight: 90 }, { type: 'decision-toggle', code: '25611' }),
    action: { type: 'decision-open-revision', revision: 1, force: false },
    check: (s) => {
      // Unsaved changes: asked first, nothing replaced.
      expect(s.decision.pendingRevision).toBe(1);
      expect(chosenCodes(s.decision.draft)).toEqual(['25611']);
      const opened = reduce(s, { type: 'decision-open-revision', revision: 1, force: true });
      expect(chosenCodes(opened.decision.draft)).toEqual([]);
      expect(opened.view.weights.trangboddhet).toBe(25);
    },
  },
  'decision-storage-written': {
    action: { type: 'decision-storage-written', ok: false },
    check: (s) => {
      expect(s.decision.storage.kind).toBe('failed');
      expect(s.notices.items[0].issues[0].kind).toBe('decision-storage-failed');
    },
  },
  'decision-storage-unblocked': {
    before: { ...s0, decision: { ...s0.decision, storage: { kind: 'blocked', size: 10 } } },
    action: { type: 'decision-storage-unblocked' },
    check: (s) => expect(s.decision.storage.kind).toBe('ok'),
  },
};

describe('the reducer, slice by slice', () => {
  for (const [type, c] of Object.entries(cases)) {
    it(type, () => {
      const before = c.before ?? s0;
      const frozen = structuredClone(before.view);
      c.check(reduce(before, c.action), before);
      // Updaters are pure: the state before is left as it was.
      expect(before.view).toEqual(frozen);
    });
  }

  it('has a case for every action type the reducer handles', () => {
    expect(Object.keys(cases).sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('starts with 25 on each of the four variables at delområde level', () => {
    expect(weights(s0)).toEqual([25, 25, 25, 25]);
    expect(s0.view.level).toBe('delomrade');
    expect(s0.view.directions.behorighet_yrkesprogram).toBe('lower-is-more-need');
  });
});
