import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseIndicatorText } from '../../src/data/parseIndicators.ts';
import { computeIndex } from '../../src/index/compositeIndex.ts';
import { prepareModel } from '../../src/index/uncertainty/model.ts';
import { createRankedNormaliser } from '../../src/index/uncertainty/rankedNormaliser.ts';
import { canBeFirst, whatItTakes } from '../../src/index/uncertainty/whatItTakes.ts';
import { reliabilityOf } from '../../src/index/uncertainty/reliability.ts';
import { PROBABILITY_COLOURS, probabilityClass } from '../../src/map/probabilityColours.ts';
import { RUN_CANCELLED_MARK } from '../../src/ui/state/useUncertainty.ts';
import { context, readRepoFile } from '../unit/data/context.ts';
import { weightsToZero } from './actions.ts';
import { openApp, useAppPage, useBrowser, waitForMap, waitForRobustness } from './launchBrowser.ts';
import { areaPixelMatches, HATCH_RGB, screenPointOf, type RGB } from './pixels.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const parsed = parseIndicatorText(readRepoFile('data/indicators-example.csv'), context());
if (!parsed.ok) throw new Error('bundled data did not parse');
const { areas, variables } = parsed.value;
const defaultSettings = variables.map((v) => ({ key: v.key, weight: 25, direction: v.direction }));

const browser = useBrowser();

const finished = waitForRobustness;
const intervalRows = (page: Page) =>
  page.$$eval('[data-testid="interval-table"] tbody tr', (rows) =>
    rows.map((r) => ({
      code: r.getAttribute('data-code')!,
      median: Number(r.getAttribute('data-median')),
      low: Number(r.getAttribute('data-low')),
      high: Number(r.getAttribute('data-high')),
      p: Number(r.getAttribute('data-p')),
    })),
  );

describe('uncertainty and sensitivity analysis', () => {
  it('cancels a run when a slider moves, and the new result reflects the new weights', async () => {
    // A long run: 50,000 samples with sampling noise and the normalisation
    // drawn take seconds, so the slider surely moves while it is going.
    const { page, consoleErrors } = await openApp(browser(), `${inject('appUrl')}?vy=robustness&ud=n,s&ur=50000:1`);
    await finished(page);
    await page.getByTestId('robustness-seed').fill('2');
    await page.waitForFunction(() => (document.querySelector('[data-testid="run-status"] progress') as HTMLProgressElement | null)?.value! > 0, null, { polling: 10 });
    await page.focus('input[type="range"][data-var="behorighet_yrkesprogram"]');
    await page.keyboard.press('Home');
    await page.waitForFunction((name) => performance.getEntriesByName(name).length >= 1, RUN_CANCELLED_MARK);
    // Now only overcrowding counts, and without sampling noise nothing else
    // can move the ranks: every interval must shrink to the index's rank.
    await page.getByLabel('Räkna med slumpfel i små områden').uncheck();
    await weightsToZero(page, ['ekonomiskt_bistand', 'laginkomststandard']);
    await finished(page);
    await expect(page.getByTestId('run-status').textContent()).resolves.toMatch(/^Klar: 50\s000 omräkningar på [\d\s]+ ms\.$/);
    const expected = computeIndex(areas, {
      normalisation: 'zscore',
      settings: defaultSettings.map((s) => ({ ...s, weight: s.key === 'trangboddhet' ? 25 : 0 })),
    }).scores.filter((s) => s.rank !== null);
    const rows = await intervalRows(page);
    expect(rows).toHaveLength(expected.length);
    for (const row of rows) {
      const rank = expected.find((s) => s.code === row.code)!.rank!;
      expect(row).toEqual({ code: row.code, median: rank, low: rank, high: rank, p: rank <= 12 ? 1 : 0 });
    }
    await expect(page.getByTestId('robustness').textContent()).resolves.toContain('Rangordningen ändras inte när valen varieras.');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('sorts rank intervals by median rank, marks proposed and small areas, and gives the same numbers for the same seed', async () => {
    const link = `${inject('appUrl')}?vy=robustness&ud=n,s&ur=10000:77`;
    const { page } = await openApp(browser(), link);
    await finished(page);
    const rows = await intervalRows(page);
    expect(rows.map((r) => r.median)).toEqual(rows.map((r) => r.median).sort((a, b) => a - b));
    for (const r of rows) expect(r.low <= r.median && r.median <= r.high).toBe(true);
    const proposedFlags = await page.$$eval('[data-testid="interval-table"] .flag-proposed', (f) => f.length);
    expect(proposedFlags).toBe(12);
    // Small areas: the same flags as the reliability rule gives, in both tables.
    const inUse = new Set(variables.map((v) => v.key));
    const flagged = areas.filter((a) => reliabilityOf(a, variables, inUse).unreliable).map((a) => a.code).sort();
    expect(flagged.length).toBeGreaterThan(0);
    const flaggedInRanking = await page.$$eval('table[data-testid="ranking"] tr:has([data-testid="small-area-flag"])', (r) => r.map((x) => x.getAttribute('data-code')!));
    expect(flaggedInRanking).toEqual([]);
    await page.getByRole('tab', { name: 'Rangordning' }).click();
    const flaggedRows = await page.$$eval('table[data-testid="ranking"] tr:has([data-testid="small-area-flag"])', (r) => r.map((x) => x.getAttribute('data-code')!));
    expect(flaggedRows.sort()).toEqual(flagged);
    // Another seed gives other numbers; the link's seed again gives the same
    // numbers (in the same page: a second page load costs seconds).
    await page.getByRole('tab', { name: 'Robusthet' }).click();
    const seed = page.getByTestId('robustness-seed');
    await seed.fill('78');
    // The new seed marks the result stale in the same render, so "final" is the new run's.
    await expect(page.getByTestId('robustness').getAttribute('data-state')).resolves.toBe('running');
    await finished(page);
    await expect(intervalRows(page)).resolves.not.toEqual(rows);
    await seed.fill('77');
    await expect(page.getByTestId('robustness').getAttribute('data-state')).resolves.toBe('running');
    await finished(page);
    await expect(intervalRows(page)).resolves.toEqual(rows);
    await page.close();
  });
});

/** One page: the probability map at a large spread, then one area's panel. */
describe('the probability map and one area’s robustness', () => {
  const app = useAppPage(browser, () => `${inject('appUrl')}?vy=robustness&lay=&us=large`);

  it('colours the map by the probability of being in the top N (checked on screenshot pixels)', async () => {
    const { page } = app();
    await finished(page);
    await page.getByTestId('map-colour-probability').check();
    await expect(page.getByTestId('probability-legend').textContent()).resolves.toContain('Sannolikhet att vara i topp 12');
    const rows = await intervalRows(page);
    // Large spread: several areas are uncertain, not only 0 % or 100 %.
    expect(rows.filter((r) => r.p > 0.05 && r.p < 0.95).length).toBeGreaterThanOrEqual(3);
    const expected: Record<string, RGB[]> = Object.fromEntries(areas.map((a) => [a.code, HATCH_RGB]));
    for (const r of rows) expected[r.code] = [PROBABILITY_COLOURS[probabilityClass(r.p)] as RGB];
    await page.screenshot({ path: resolve(SCREENSHOTS, 'probability-map-1920x1080.png') });
    const matches = await areaPixelMatches(page, expected);
    const failing = Object.keys(matches).filter((c) => matches[c].pixels === 0 || matches[c].matching / matches[c].pixels < 0.9);
    expect(failing.map((c) => ({ code: c, ...matches[c] }))).toEqual([]);
    // The hover card says it in words too.
    const holma = rows.find((r) => r.code === '25611')!;
    const point = await screenPointOf(page, '25611');
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('.tooltip').textContent()).resolves.toContain(`Sannolikhet topp 12: ${Math.round(holma.p * 100)}\u00a0%`);
    await page.mouse.move(0, 0);
  });

  it('says what it would take for a selected area, and its best and worst rank', async () => {
    const holma = [...context().knownAreas].find(([, name]) => name === 'Holma')![0];
    const { page } = app();
    // Back to the index colours and the medium spread, then Holma from the search.
    await page.getByTestId('map-colour-probability').uncheck();
    await page.getByLabel('Måttligt').check();
    await page.getByPlaceholder('Sök delområde, t.ex. Holma').fill('holma');
    await page.keyboard.press('Enter');
    await finished(page);
    const panel = page.getByTestId('area-robustness');
    await page.getByTestId('what-it-takes').waitFor();
    const model = prepareModel({ areas, variables, settings: defaultSettings, normalisation: 'zscore' });
    const target = Array.from(model.ranked).findIndex((i) => model.codes[i] === holma);
    const z = createRankedNormaliser(model)('zscore');
    const result = whatItTakes({ z, variables: 4, target, shares: model.shares, topN: 12 });
    const text = (await panel.textContent())!;
    expect(text).toContain(`bästa möjliga rang ${result.bestRank}, sämsta ${result.worstRank}`);
    if (result.bestRank === 1) expect(text).toContain('Med en särskilt vald viktning hamnar området först');
    expect(result.change).not.toBeNull();
    const pp = (Math.ceil(result.change!.distancePp * 10) / 10).toFixed(1).replace('.', ',');
    expect(text).toContain(`Det räcker att flytta ${pp} procentenheter vikt för att området ska hamna utanför de 12 högsta`);
    await expect(page.getByTestId('area-probability').textContent()).resolves.toMatch(/av omräkningarna ger topp 12\. Medianrang \d+; 90 % av omräkningarna ger rang \d+–\d+\./);
    // Said openly: how many areas some weighting can put first.
    const firsts = Array.from(model.ranked).filter((_, r) => canBeFirst(z, 4, r)).length;
    await expect(page.getByTestId('first-places').getAttribute('data-count')).resolves.toBe(String(firsts));
    await expect(page.getByTestId('first-places').textContent()).resolves.toContain(`Med en särskilt vald viktning kan ${firsts} av ${model.ranked.length} områden hamna först.`);
    await waitForMap(page);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'robustness-area-1920x1080.png') });
  });

});
