import { describe, expect, it } from 'vitest';
import type { UserFileResult } from '../../../src/data/loadUserFile.ts';
import { parseIndicatorText } from '../../../src/data/parseIndicators.ts';
import { answerYears, collectLoaded } from '../../../src/ui/controls/collectLoaded.ts';
import { context, HEADER, knownAreas } from '../data/context.ts';

const [A] = [...knownAreas.keys()];
const indicators = (name: string, text: string): UserFileResult => ({ kind: 'indicators', result: parseIndicatorText(text, context(name)) });
const single = (name: string, v = 5) => indicators(name, `${HEADER}\n${A};;100;10;80;${v};5;5`);
const series = (name: string, years: number[]) =>
  indicators(name, ['delomrade_kod;ar;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard', ...years.map((y) => `${A};${y};100;10;80;5;5;5`)].join('\n'));

describe('files read together', () => {
  it('a file without a year asks for one, suggesting the year in its name or else the latest year shown', () => {
    const named = collectLoaded([single('indikatorer-2021.csv')], 2024);
    expect(named.kind === 'ask-years' && named.question.undated.map((u) => u.suggested)).toEqual([2021]);
    const plain = collectLoaded([single('mina.csv')], 2024);
    expect(plain.kind === 'ask-years' && plain.question.undated.map((u) => u.suggested)).toEqual([2024]);
    // Several files without years in their names: no guess, each must be given.
    const many = collectLoaded([single('a.csv'), single('b.csv')], 2024);
    expect(many.kind === 'ask-years' && many.question.undated.map((u) => u.suggested)).toEqual([null, null]);
  });

  it('the answer makes one series; two files given one year are refused, naming both', () => {
    const asked = collectLoaded([single('a.csv', 4), single('b.csv', 6)], null);
    if (asked.kind !== 'ask-years') throw new Error(asked.kind);
    const done = answerYears(asked.question, [2019, 2020]);
    expect(done.kind === 'ready' && done.indicators?.dataset.years).toEqual([2019, 2020]);
    const clash = answerYears(asked.question, [2019, 2019]);
    expect(clash).toEqual({ kind: 'failed', errors: [{ kind: 'duplicate-year', file: 'b.csv', year: 2019, value: 'a.csv' }] });
    expect(answerYears(asked.question, [null, 2019]).kind).toBe('failed');
  });

  it('series files combine without a question; one broken file refuses the lot', () => {
    const done = collectLoaded([series('s1.csv', [2018, 2019]), series('s2.csv', [2020])], null);
    expect(done.kind === 'ready' && done.indicators?.dataset.years).toEqual([2018, 2019, 2020]);
    const broken = collectLoaded([series('s1.csv', [2018]), indicators('trasig.csv', `${HEADER}\n${A};;x;10;80;5;5;5`)], null);
    expect(broken.kind).toBe('failed');
    if (broken.kind === 'failed') expect(broken.errors[0]).toMatchObject({ file: 'trasig.csv', row: 2, column: 'befolkning' });
  });
});
