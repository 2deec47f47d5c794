import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../../src/data/detectFileKind.ts';
import { loadUserFile } from '../../../src/data/loadUserFile.ts';
import { context, HEADER, readRepoFile } from './context.ts';
import { geography } from '../../support/geography.ts';

const ctx = { knownAreas: geography.delomradeNames, locator: geography.locator, defaultVariables: context().defaultVariables, populationColumns: context().populationColumns };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('one button for both kinds of file', () => {
  it('tells indicator tables, effort tables and GeoJSON apart', () => {
    expect(detectFileKind(`${HEADER}\n`)).toBe('indicators');
    expect(detectFileKind('\ufeff"id","namn","typ","ansvarig","omraden"\n')).toBe('efforts');
    expect(detectFileKind('{"type":"FeatureCollection","features":[]}')).toBe('efforts');
    expect(detectFileKind('a;b;c\n1;2;3')).toBe('unknown');
  });
  it('parses each with its own rules', () => {
    expect(loadUserFile('i.csv', bytes(readRepoFile('data/indicators-example.csv')), ctx)).toMatchObject({ kind: 'indicators', result: { ok: true } });
    expect(loadUserFile('e.csv', bytes(readRepoFile('data/efforts-example.csv')), ctx)).toMatchObject({ kind: 'efforts', result: { ok: true } });
  });
  it('explains what it expected when it cannot tell', () => {
    expect(loadUserFile('x.csv', bytes('a;b\n1;2'), ctx).result).toEqual({ ok: false, errors: [{ kind: 'unknown-file-kind', file: 'x.csv' }] });
    expect(loadUserFile('tom.csv', bytes('  \n'), ctx).result).toEqual({ ok: false, errors: [{ kind: 'empty-file', file: 'tom.csv' }] });
    expect(loadUserFile('bild.png', new Uint8Array([137, 80, 78, 71, 0, 0]), ctx).result).toEqual({ ok: false, errors: [{ kind: 'binary-file', file: 'bild.png' }] });
  });
});
