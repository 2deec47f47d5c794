import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en.ts';
import { methodText, publicUncertaintyText, uncertaintyMethodText } from '../../../src/ui/i18n/methodText.ts';
import { sv } from '../../../src/ui/i18n/sv.ts';
import { makeI18n } from '../../../src/ui/i18n/I18nContext.ts';

/** Every string a user can read, functions called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value('X', 1))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('wording', () => {
  const all = [...texts(sv), ...texts(en), ...texts(methodText)].join('\n').toLowerCase();
  it.each(['problemområde', 'utsatt område', 'no-go', 'problem area', 'ghetto', 'getto', 'vulnerable area'])(
    'never uses the stigmatising phrase %j',
    (phrase) => {
      expect(all).not.toContain(phrase);
    },
  );
  it('explains the robustness on the public page without statistical terms, and keeps them in the method notes', () => {
    for (const language of ['sv', 'en'] as const) {
      const plain = publicUncertaintyText[language].paragraphs.join(' ').toLowerCase();
      for (const term of ['dirichlet', 'känslighetsindex', 'sensitivity index', 'percentil', 'binomial', 'monte carlo']) expect(plain).not.toContain(term);
    }
    expect(uncertaintyMethodText.sv.paragraphs.join(' ')).toContain('Dirichletfördelning');
  });
  it('speaks of need and priority instead', () => {
    expect(all).toContain('behovsindex');
  });
  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
  it('writes a percentage as each language does, the same as the number formatter: “90 %” in Swedish, “90%” in English', () => {
    const swedish = [...texts(sv), ...texts(methodText.sv), ...texts(uncertaintyMethodText.sv), ...texts(publicUncertaintyText.sv)].join('\n');
    const english = [...texts(en), ...texts(methodText.en), ...texts(uncertaintyMethodText.en), ...texts(publicUncertaintyText.en)].join('\n');
    expect(swedish).toMatch(/\d %/);
    expect(swedish.match(/\d%/g)).toBeNull();
    expect(english).toMatch(/\d%/);
    expect(english.match(/\d %/g)).toBeNull();
    expect(makeI18n('sv').percent(0.9).replace(/\s/g, ' ')).toBe('90 %');
    expect(makeI18n('en').percent(0.9)).toBe('90%');
  });
  it('names every bundled effort type in English, and shows a type of one\'s own file as written', () => {
    const rows = readFileSync(new URL('../../../data/efforts-example.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
    const types = new Set(rows.map((r) => r.split(';')[2]));
    const english = makeI18n('en');
    for (const type of types) expect(english.effortType(type), type).not.toBe(type);
    expect(english.effortType('Familjecentral')).toBe('Family centre');
    expect(makeI18n('sv').effortType('Familjecentral')).toBe('Familjecentral');
    expect(english.effortType('Egen typ')).toBe('Egen typ');
    expect(english.effortType('constructor')).toBe('constructor');
  });
  it('never writes a value that rounds to zero as −0', () => {
    const { number, percent } = makeI18n('sv');
    expect([number(-0.001, 2), number(-1.5, 2)]).toEqual(['0,00', '−1,50']);
    expect(percent(-0.00001, 1).replace(/\s/g, ' ')).toBe('0,0 %');
  });
});
