import { describe, expect, it } from 'vitest';
import { start } from './fixture.ts';

describe('the initial state', () => {
  it('decodes a link before the first paint, so the first render already shows it', () => {
    const s = start({ query: '?w=trangboddhet:80&l=geso&sel=9&lay=p&vy=robustness&top=5' });
    expect(s.view.weights.trangboddhet).toBe(80);
    expect(s.view.level).toBe('geso');
    expect(s.view.selected).toBe('9');
    expect(s.view.layers).toEqual({ proposed: true, labels: false, efforts: false });
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
    const s = start({ overrides: { layers: { proposed: true, labels: false, efforts: false } } });
    expect(s.view.layers.labels).toBe(false);
  });
});
