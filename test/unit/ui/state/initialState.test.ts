import { initialDraft, toggleChosen } from '../../../../src/decision/draft.ts';
import { saveRevision } from '../../../../src/decision/revisions.ts';
import { selectionCoverage } from '../../../../src/decision/coverage.ts';
import { openLinkedRevision } from '../../../../src/ui/state/slices/decision.ts';
import { describe, expect, it } from 'vitest';
import { start } from './fixture.ts';

describe('the initial state', () => {
  it('decodes a link before the first paint, so the first render already shows it', () => {
    const s = start({ query: '?w=trangboddhet:80&l=geso&sel=9&lay=p&vy=robustness&top=5' });
    expect(s.view.weights.trangboddhet).toBe(80);
    expect(s.view.level).toBe('geso');
    expect(s.view.selected).toBe('9');
    expect(s.view.layers).toEqual({ proposed: true, chosen: false, labels: false, efforts: false });
    expect(s.view.resultsView).toBe('robustness');
    expect(s.view.topN).toBe(5);
    expect(s.notices.items).toEqual([]);
  });

  it('reports what a link held that was not used, with ids from the state', () => {
    const s = start({ query: '?w=trangboddhet:-40&foo=1' });
    expect(s.view.weights.trangboddhet).toBe(25);
    expect(s.notices.items).toEqual([
      {
        id: 1,
        tone: 'warning',
        issues: [
          { kind: 'url-parameter-ignored', file: '', value: 'w=trangboddhet:-40' },
          { kind: 'url-parameter-ignored', file: '', value: 'foo=1' },
        ],
      },
    ]);
    expect(s.notices.nextId).toBe(2);
  });

  it('selects no GeSO that does not exist, and lists a hostile link’s parts in one capped notice', () => {
    const s = start({ query: '?l=geso&sel=99' });
    expect(s.view.selected).toBeNull();
    expect(s.notices.items[0].issues).toEqual([{ kind: 'url-parameter-ignored', file: '', value: 'sel=99' }]);
    const hostile = start({ query: `?${Array.from({ length: 10_000 }, (_, i) => `x${i}=1`).join('&')}` });
    expect(hostile.notices.items).toHaveLength(1);
    expect(hostile.notices.items[0].issues).toHaveLength(26);
    expect(hostile.notices.items[0].issues.at(-1)).toEqual({ kind: 'more-issues', file: '', count: 9_975 });
  });

  it('brings back the participants kept in the browser, and says when they were set aside or are blocked', () => {
    const list = [{ name: 'ASN', weights: { trangboddhet: 50 } }];
    expect(start({ storedParticipants: { value: list, setAside: null, blocked: null } }).participants).toEqual({ list, storage: { kind: 'ok' } });
    const aside = start({ storedParticipants: { value: null, setAside: 'kraftsamla.participants.v1.oläsbar-x', blocked: null } });
    expect(aside.notices.items.map((n) => n.issues[0].kind)).toEqual(['participants-set-aside']);
    const blocked = start({ storedParticipants: { value: null, setAside: null, blocked: 99 } });
    expect(blocked.participants.storage).toEqual({ kind: 'blocked', size: 99 });
    expect(blocked.notices.items.map((n) => n.issues[0].kind)).toEqual(['participants-storage-unreadable']);
  });
  it('says so when the stored scenarios can be neither read nor set aside, and blocks writing', () => {
    const s = start({ stored: { scenarios: [], setAside: null, blocked: 3_000_000 } });
    expect(s.scenarios.storage).toEqual({ kind: 'blocked', size: 3_000_000 });
    expect(s.notices.items.map((n) => [n.tone, n.issues[0].kind])).toEqual([['error', 'storage-unreadable']]);
  });

  it('says so when a corrupt store of scenarios was set aside, beside a link notice', () => {
    const s = start({ query: '?foo=1', stored: { scenarios: [], setAside: 'kraftsamla.scenarios.v1.oläsbar-x', blocked: null } });
    expect(s.notices.items.map((n) => [n.id, n.issues[0].kind])).toEqual([
      [1, 'url-parameter-ignored'],
      [2, 'scenarios-set-aside'],
    ]);
  });

  it('applies a page’s fixed choices under the link', () => {
    const s = start({ overrides: { layers: { proposed: true, chosen: true, labels: false, efforts: false } } });
    expect(s.view.layers.labels).toBe(false);
  });

  it('opens a linked decision revision with its weighting, or says the browser does not hold it', () => {
    const draft = toggleChosen(initialDraft(['11319'], 'Beslut'), '11319');
    const basis = { weights: { ...start().view.weights, trangboddhet: 70 }, directions: start().view.directions, normalisation: 'minmax' as const, year: 2020, topN: 8, dataFile: 'x.csv', vintage: 'x', variableKeys: [] };
    const record = saveRevision(null, { draft, basis, evidence: [], coverage: selectionCoverage([], [], [], 8, []), savedAt: '2026-12-02T10:00:00.000Z', newId: 'rec00001' })!;
    // A draft with unsaved changes is not replaced: the user is asked.
    const unsaved = { value: { draft: initialDraft(['11319'], 'Beslut'), record }, setAside: null, blocked: null };
    expect(openLinkedRevision(start({ storedDecision: unsaved, query: '?beslut=rec00001-1' }), '?beslut=rec00001-1').decision.pendingRevision).toBe(1);
    const stored = { value: { draft: toggleChosen(draft, '25611'), record: { ...record, revisions: [...record.revisions, { ...record.revisions[0], revision: 2, areas: toggleChosen(draft, '25611').areas }] } }, setAside: null, blocked: null };
    const opened = openLinkedRevision(start({ storedDecision: stored, query: '?beslut=rec00001-1' }), '?beslut=rec00001-1');
    expect(opened.decision.draft.areas.map((a) => a.status)).toEqual(['chosen']);
    expect([opened.view.weights.trangboddhet, opened.view.normalisation, opened.view.year, opened.view.topN, opened.view.resultsView]).toEqual([70, 'minmax', 2020, 8, 'decision']);
    // The parameter is the decision's, not an unknown one of the view.
    expect(opened.notices.items).toEqual([]);
    const elsewhere = openLinkedRevision(start({ query: '?beslut=rec00001-1' }), '?beslut=rec00001-1');
    expect(elsewhere.notices.items[0].issues[0]).toEqual({ kind: 'decision-not-here', file: '', count: 1 });
    // A link parameter this app did not write is said to be skipped, and nothing else changes.
    const hostile = openLinkedRevision(start(), '?beslut=../../x');
    expect(hostile.notices.items[0].issues).toEqual([{ kind: 'url-parameter-ignored', file: '', value: 'beslut=../../x' }]);
    expect(hostile.decision).toEqual(start().decision);
  });

  it('starts a decision draft from the proposal, or from the browser, and sets an unreadable store aside with a notice', () => {
    expect(start().decision.draft.areas).toHaveLength(12);
    const s = start({ storedDecision: { value: null, setAside: 'kraftsamla.decision.v1.oläsbar-x', blocked: null } });
    expect(s.notices.items[0].issues[0]).toMatchObject({ kind: 'decision-set-aside' });
    expect(start({ storedDecision: { value: null, setAside: null, blocked: 99 } }).decision.storage).toEqual({ kind: 'blocked', size: 99 });
  });
});
