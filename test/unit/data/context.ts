import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndicatorContext } from '../../../src/data/parseIndicators.ts';
import type { VariableDefinition } from '../../../src/index/types.ts';
import { geography } from '../../support/geography.ts';

const root = resolve(import.meta.dirname, '../../..');
export const readRepoFile = (path: string) => readFileSync(resolve(root, path), 'utf8');

const metadata = JSON.parse(readRepoFile('data/variables.json'));

/** Code → name of every delområde, as the app reads the committed geometry. */
export const knownAreas: ReadonlyMap<string, string> = geography.delomradeNames;

/** The same context the app uses, built from the committed files. */
export function context(fileName = 'test.csv'): IndicatorContext {
  return {
    fileName,
    illustrative: false,
    knownAreas,
    defaultVariables: metadata.variables as VariableDefinition[],
    populationColumns: metadata.populationColumns,
  };
}

export const HEADER = 'delomrade_kod;delomrade_namn;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard';
