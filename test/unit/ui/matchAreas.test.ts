import { describe, expect, it } from 'vitest';
import { foldForSearch, matchAreas } from '../../../src/ui/controls/matchAreas.ts';
import { knownAreas } from '../data/context.ts';

const items = [...knownAreas].map(([code, name]) => ({ code, name }));

describe('area search', () => {
  it('folds case and diacritics', () => {
    expect(foldForSearch('Örtagården')).toBe('ortagarden');
    expect(foldForSearch('  SÖDRA   Sofielund ')).toBe('sodra sofielund');
  });
  it('finds Örtagården from "ortagarden"', () => {
    expect(matchAreas(items, 'ortagarden').map((i) => i.name)).toEqual(['Örtagården']);
  });
  it('ranks names that start with the query first', () => {
    const names = matchAreas(items, 'holm').map((i) => i.name);
    expect(names[0]).toBe('Holma');
    expect(names).toContain('Heleneholm');
    expect(names.indexOf('Holma')).toBeLessThan(names.indexOf('Heleneholm'));
  });
  it('matches a word inside a name', () => {
    expect(matchAreas(items, 'sofie').map((i) => i.name)).toEqual(expect.arrayContaining(['Södra Sofielund', 'Norra Sofielund']));
  });
  it('finds an area by its code and returns nothing for an empty query', () => {
    expect(matchAreas(items, '25611').map((i) => i.name)).toEqual(['Holma']);
    expect(matchAreas(items, '   ')).toEqual([]);
  });
});
