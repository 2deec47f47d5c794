import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../../src/data/parseNumber.ts';

describe('parseNumberCell', () => {
  it.each([
    ['12,3', 12.3],
    ['12.3', 12.3],
    [' 7 ', 7],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['\u22122,5', -2.5],
    ['-0,1', -0.1],
    [',5', 0.5],
    ['1e3', 1000],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'number', value });
  });
  it.each(['', '..', ' .. ', '-', undefined])('treats %j as a suppressed value', (raw) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'missing' });
  });
  it.each(['abc', '12,3,4', '0x1A', '12%', 'NaN', 'Infinity', '=1+1', '1.2.3'])('rejects %j', (raw) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'invalid' });
  });
});
