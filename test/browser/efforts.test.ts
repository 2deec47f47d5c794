import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { typesOf } from '../../src/efforts/filter.ts';
import { parseEffortCsv } from '../../src/data/parseEfforts.ts';
import { parseIndicatorText } from '../../src/data/parseIndicators.ts';
import { effortSymbols } from '../../src/map/effortSymbols.ts';
import { independentlyFlagged } from '../support/independentNeedEffort.ts';
import { onlyOvercrowding, resetWeights } from './actions.ts';
import { useAppPage, useBrowser, waitForMap } from './launchBrowser.ts';
import { countColours, hideElements } from './pixels.ts';
import { geography } from '../support/geography.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const SCREENSHOTS = resolve(root, 'test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const efforts = parseEffortCsv(read('data/efforts-example.csv'), { fileName: 'e.csv', illustrative: true, knownAreas: geography.delomradeNames, locator: geography.locator });
if (!efforts.ok) throw new Error('example efforts must parse');
const symbols = effortSymbols(typesOf(efforts.value.efforts), JSON.parse(read('data/efforts.json')).typeAbbreviations);

const browser = useBrowser();

/** Pixels in the map of one colour, and where the first is. */
const colourPixels = async (page: Page, rgb: readonly number[]) => (await countColours(page, [rgb]))[0];

/** No names, proposal or legend over the symbols. */
async function quietMap(page: Page) {
  await page.getByLabel('Visa områdesnamn på kartan').uncheck();
  await page.getByLabel('Visa Stadskontorets förslag (5 grupper)').uncheck();
  await hideElements(page, '.legend');
  await waitForMap(page);
}

/**
 * One page for the file, with a quiet map; each test leaves the filters off
 * and the weights at the default. The last two load files of their own.
 */
describe('ongoing efforts', () => {
  // At zoom 12 the whole city is in view with one symbol per effort; below
  // it each area's efforts are one marker with their count (tested last).
  const app = useAppPage(browser, () => `${inject('appUrl')}?map=13.01843,55.57228,12`);

  it('draws effort symbols by type and hides a type when it is toggled off', async () => {
    const { page } = app();
    await quietMap(page);
    const colour = symbols.get('Familjecentral')!.colour;
    const before = await colourPixels(page, colour);
    expect(before.count).toBeGreaterThan(7 * 100); // seven family centres, ~300 px each
    await page.screenshot({ path: resolve(SCREENSHOTS, 'efforts-1920x1080.png') });
    await page.locator('input[data-effort-type="Familjecentral"]').uncheck();
    expect((await colourPixels(page, colour)).count).toBe(0);
    // Other types stay.
    expect((await colourPixels(page, symbols.get('Föreningsliv')!.colour)).count).toBeGreaterThan(100);
    await expect(page.getByTestId('efforts-shown').textContent()).resolves.toBe('41 av 48 insatser visas');
    await page.locator('input[data-effort-type="Familjecentral"]').check();
  });

  it('filters by department, as responsible or partner, in the list and on the map', async () => {
    const { page } = app();
    await page.getByTestId('effort-department').selectOption('KN');
    await expect(page.getByTestId('efforts-shown').textContent()).resolves.toBe('2 av 48 insatser visas');
    expect((await colourPixels(page, symbols.get('Föreningsliv')!.colour)).count).toBe(0);
    expect((await colourPixels(page, symbols.get('Kultur')!.colour)).count).toBeGreaterThan(50);
    // FSKN is responsible for two efforts and partner in nine more.
    await page.getByTestId('effort-department').selectOption('FSKN');
    await expect(page.getByTestId('efforts-shown').textContent()).resolves.toBe('11 av 48 insatser visas');
    expect((await colourPixels(page, symbols.get('Familjecentral')!.colour)).count).toBeGreaterThan(100);
    await page.getByTestId('effort-department').selectOption('');
  });

  it('opens an effort card with all its fields and the criteria when a symbol is clicked', async () => {
    const { page } = app();
    const kultur = await colourPixels(page, symbols.get('Kultur')!.colour);
    expect(kultur.first).not.toBeNull();
    await page.mouse.click(kultur.box.x + kultur.first![0] + 1, kultur.box.y + kultur.first![1] + 9); // the disc’s centre, below its top pixel
    const card = page.getByTestId('effort-card');
    await card.waitFor();
    const text = (await card.textContent())!;
    expect(text).toContain('Bibliotekets läxhjälp Rosengård');
    for (const field of ['Id', 'Typ', 'Ansvarig', 'Samverkan', 'Områden', 'Plats', 'Startår', 'Målgrupp', 'Kostnad', 'Beskrivning']) expect(text).toContain(field);
    await expect(card.locator('[data-criterion="actors"]').getAttribute('data-state')).resolves.toBe('met');
    await expect(card.locator('[data-criterion="cost"]').getAttribute('data-state')).resolves.toBe('unknown');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'effort-card-1920x1080.png') });
    await card.getByRole('button', { name: 'Stäng' }).click();
  });

  it('lists the efforts reaching an area in its panel', async () => {
    const { page } = app();
    await page.getByPlaceholder('Sök delområde, t.ex. Holma').fill('holma');
    await page.keyboard.press('Enter');
    const list = page.getByTestId('area-efforts');
    await expect(list.locator('h3').textContent()).resolves.toBe('Insatser som når området (7)');
    await expect(list.textContent()).resolves.toContain('Fritidsgård Holma');
  });

  it('marks the areas with high need and little effort for a known weighting', async () => {
    const { page } = app();
    await onlyOvercrowding(page);
    await page.getByRole('tab', { name: 'Behov mot insatser' }).click();
    const indicators = parseIndicatorText(read('data/indicators-example.csv'), {
      fileName: 'i.csv', illustrative: true, knownAreas: geography.delomradeNames,
      defaultVariables: JSON.parse(read('data/variables.json')).variables, populationColumns: JSON.parse(read('data/variables.json')).populationColumns,
    });
    if (!indicators.ok) throw new Error();
    const expected = independentlyFlagged(indicators.value.areas, geography.delomraden, read('data/efforts-example.csv'));
    const listed = await page.$$eval('[data-testid="flagged-areas"] li', (li) => li.map((l) => l.getAttribute('data-code')!));
    expect(listed.slice().sort()).toEqual(expected);
    const dots = await page.$$eval('[data-testid="need-effort"] circle[data-flagged="true"]', (c) => c.map((x) => x.getAttribute('data-code')!));
    expect(dots.sort()).toEqual(expected);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'need-effort-1920x1080.png') });
    await resetWeights(page);
  });

  it('rejects a bad effort file by row and column and keeps the efforts already loaded', async () => {
    const { page } = app();
    const csv = 'id;namn;typ;ansvarig;samverkan;omraden;lon;lat;start_ar;malgrupp;kostnad_kr;beskrivning\nN1;Ny;Fritid;FRN;;77777;;;2020;10-18;;\nN2;Ny 2;Fritid;FRN;;25611;;;förra året;10-18;;\n';
    await page.setInputFiles('[data-testid="indicator-file"]', { name: 'insatser.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByTestId('notice-error').filter({ hasText: 'insatser.csv' });
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain('insatser.csv, rad 2, kolumn ”omraden”: okänd områdeskod ”77777”');
    expect(text).toContain('insatser.csv, rad 3, kolumn ”start_ar”: ”förra året” är inget årtal');
    await expect(page.getByTestId('efforts-shown').textContent()).resolves.toBe('48 av 48 insatser visas');
  });

  it('loads the city’s own GeoJSON register of premises', async () => {
    const { page } = app();
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [12.98576, 55.57216] }, properties: { id: 'L1', namn: 'Föreningslokal Holma', typ: 'Föreningsliv', ansvarig: 'Civilsamhälle', samverkan: 'FRN', omraden: '', start_ar: 2015, malgrupp: '7-19' } },
      ],
    };
    await page.setInputFiles('[data-testid="indicator-file"]', { name: 'lokaler.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fc)) });
    await page.getByTestId('notice-success').filter({ hasText: 'lokaler.geojson är inläst' }).waitFor();
    await expect(page.getByTestId('efforts-shown').textContent()).resolves.toBe('1 av 1 insatser visas');
  });
});
