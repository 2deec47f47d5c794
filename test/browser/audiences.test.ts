import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { RANK_CHANGE_COLOURS } from '../../src/map/rankChangeColours.ts';
import { onlyOvercrowding, resetWeights } from './actions.ts';
import { downloadedText, openApp, useAppPage, useBrowser, waitForMap } from './launchBrowser.ts';
import { countColours } from './pixels.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const browser = useBrowser();

const weight = (page: Page, key: string) => page.locator(`input[data-var="${key}"]`).inputValue();

describe('workshop mode on a projector', () => {
  it('is legible and keyboard-driven at 1920×1080, and still whole at 1280×720', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${inject('appUrl')}#/workshop`);
    const sizes = await page.$$eval('.weight > label, .ranking td, .ranking th[scope="row"], .area-index, .segmented label', (els) =>
      els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    // Only the controls the discussion needs.
    await expect(page.getByRole('button', { name: 'Ladda in egen fil' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Normalisering').count()).resolves.toBe(0);
    await expect(page.getByLabel('Visa insatser på kartan').isVisible()).resolves.toBe(true);
    // Keys: pick overcrowding, raise it, step to the first proposed area, switch level, reset.
    await page.keyboard.press('2');
    await expect(page.locator('.weight.picked label').textContent()).resolves.toContain('Trångboddhet');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('+');
    await expect(weight(page, 'trangboddhet')).resolves.toBe('35');
    await page.keyboard.press('n');
    await expect(page.locator('[data-testid="area-panel"] h2').textContent()).resolves.toBe('Augustenborg');
    await page.keyboard.press('n');
    await expect(page.locator('[data-testid="area-panel"] h2').textContent()).resolves.toBe('Heleneholm');
    await waitForMap(page); // the zoom to the area is drawn
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workshop-1920x1080.png') });
    // A smaller projector: the same page, resized.
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForMap(page);
    await expect(page.locator('[data-testid="area-panel"] h2').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workshop-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('g');
    await waitForMap(page);
    await expect(page.$$eval('table[data-testid="ranking"] tbody tr', (r) => r.length)).resolves.toBe(14);
    await page.keyboard.press('r');
    await expect(weight(page, 'trangboddhet')).resolves.toBe('25');
    await page.keyboard.press('?');
    const overlay = page.getByTestId('key-overlay');
    await expect(overlay.textContent()).resolves.toContain('nästa föreslagna område');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workshop-keys-1920x1080.png') });
    await page.keyboard.press('Escape');
    await expect(overlay.count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

/** One planner's page for the tests below, each leaving the weights at the default. */
describe('planners’ weightings, comparison, exports and language', () => {
  const app = useAppPage(browser, () => inject('appUrl'));

  it('collects participants’ weightings, proposes their median and lists areas in every top N', async () => {
    const { page } = app();
    await page.getByRole('tab', { name: 'Scenarier och jämförelse' }).click();
    await page.getByTestId('participant-name').fill('ASN');
    await page.getByRole('button', { name: 'Lägg till med nuvarande vikter' }).click();
    await onlyOvercrowding(page);
    await page.getByTestId('participant-name').fill('GSN');
    await page.getByRole('button', { name: 'Lägg till med nuvarande vikter' }).click();
    // A third participant from a scenario file, as a department would send it.
    const file = JSON.stringify({ format: 'kraftsamla-scenario', version: 1, name: 'FRN', weights: { behorighet_yrkesprogram: 100, trangboddhet: 0, ekonomiskt_bistand: 0, laginkomststandard: 0 } });
    await page.setInputFiles('[data-testid="participant-file"]', { name: 'frn.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.locator('[data-testid="participant-table"] tbody tr:nth-child(3)').waitFor();
    const rows = await page.$$eval('[data-testid="participant-table"] tbody tr', (r) => r.map((x) => x.querySelector('th')!.textContent));
    expect(rows).toEqual(['ASN', 'GSN', 'FRN']);
    // Median of the shares shown above it: behörighet median(25 %, 0 %, 100 %) = 25 %,
    // trångboddhet median(25 %, 100 %, 0 %) = 25 %, the others median(25 %, 0 %, 0 %) = 0 %.
    const median = await page.$$eval('[data-testid="median-row"] td.num', (c) => c.map((x) => x.textContent!.replace(/\s/g, ' ')));
    // The outcome UVAS, weighted by no one, is the last column.
    expect(median).toEqual(['25 %', '25 %', '0 %', '0 %', '0 %']);
    await expect(page.getByTestId('median-total').textContent()).resolves.toContain('50');
    const robust = await page.$$eval('[data-testid="robust-areas"] li', (l) => l.map((x) => x.getAttribute('data-code')));
    expect(robust.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Använd medianen som vikter' }).click();
    await expect(weight(page, 'ekonomiskt_bistand')).resolves.toBe('0');
    await expect(weight(page, 'behorighet_yrkesprogram')).resolves.toBe('25');
    await resetWeights(page);
  });

  it('compare two weightings: rank change on the map and areas entering or leaving the top N', async () => {
    const { page } = app();
    await page.getByLabel('Visa områdesnamn på kartan').uncheck();
    await page.getByLabel('Visa insatser på kartan').uncheck();
    await page.getByLabel('Visa Stadskontorets förslag (5 grupper)').uncheck();
    await onlyOvercrowding(page);
    await page.getByTestId('compare-a').selectOption('default');
    await page.getByTestId('compare-b').selectOption('current');
    await page.getByTestId('top-n').fill('12');
    await page.getByRole('button', { name: 'Visa rangförändring på kartan' }).click();
    const movers = await page.$$eval('[data-testid="movers"] tbody tr', (r) => r.map((x) => x.querySelector('td:last-child')!.textContent!));
    expect(movers.length).toBeGreaterThan(0);
    expect(movers.every((m) => m.includes('går in') || m.includes('går ut'))).toBe(true);
    expect(movers.filter((m) => m.includes('går in')).length).toBe(movers.filter((m) => m.includes('går ut')).length);
    await expect(page.locator('.legend h2').textContent()).resolves.toContain('Rangförändring');
    // The diverging colours are on the map.
    const found = (await countColours(page, RANK_CHANGE_COLOURS, 4)).map((c) => c.count);
    expect(found.filter((n) => n > 500).length).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'compare-1920x1080.png') });
    await page.getByRole('button', { name: 'Avsluta jämförelse' }).click();
    await resetWeights(page);
  });

  it('exports the ranking as formula-safe CSV and the map as a PNG with legend and weights', async () => {
    const { page } = app();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rangordningen som CSV' }).click()]);
    const text = await downloadedText(csv);
    const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
    // Every variable of the data, the outcome UVAS too.
    expect(lines[0]).toBe('rang;kod;namn;behovsindex;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard;uvas_20_24');
    expect(lines).toHaveLength(137);
    expect(lines[1]).toMatch(/^1;48208;Herrgården;2,\d{1,3};46,6;/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const path = resolve(SCREENSHOTS, 'exported-map.png');
    await png.saveAs(path);
    const header = readFileSync(path);
    expect(header.subarray(1, 4).toString()).toBe('PNG');
    const width = header.readUInt32BE(16);
    const mapWidth = (await page.locator('.map').boundingBox())!.width;
    expect(width).toBeGreaterThan(mapWidth);
  });

  it('switches to English: strings, numbers and the map’s own labels alike', async () => {
    const { page } = app();
    await expect(page.locator('.weight .share').first().textContent()).resolves.toBe('25\u00a0%');
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Delområdesgränser: Malmö stad (CC0)');
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.locator('#weights-heading').textContent()).resolves.toBe('Weights');
    await expect(page.locator('.weight .share').first().textContent()).resolves.toBe('25%');
    await expect(page.getByText('Example data – not official statistics').first().isVisible()).resolves.toBe(true);
    // The map's attribution and buttons follow the language too.
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Area boundaries: Malmö stad (CC0)');
    await expect(page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).resolves.toBe('Zoom in');
    await page.getByLabel('Language').selectOption('sv');
  });
});

describe('planners’ scenarios in the browser’s storage', () => {
  it('save, rename, export, delete and import a scenario, and survive a corrupt store', async () => {
    // A corrupt store before the app's first read (once, not again on the reload below).
    const { page } = await openApp(browser(), inject('appUrl'), undefined, () => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('kraftsamla.scenarios.v1', '{trasigt');
    });
    await expect(page.getByTestId('notice-warning').textContent()).resolves.toContain('De sparade scenarierna i webbläsaren gick inte att läsa');
    await page.getByRole('tab', { name: 'Scenarier och jämförelse' }).click();
    await onlyOvercrowding(page);
    await page.getByTestId('scenario-name').fill('Bara trångboddhet');
    await page.getByRole('button', { name: 'Spara nuvarande vikter' }).click();
    const item = page.locator('[data-scenario="Bara trångboddhet"]');
    // Renaming shows one button that saves the name and one that cancels; Esc cancels too.
    await item.getByRole('button', { name: 'Byt namn' }).click();
    await expect(item.getByRole('button').evaluateAll((b) => b.map((x) => x.textContent))).resolves.toEqual(['Spara namnet', 'Avbryt']);
    await page.getByLabel('Nytt namn för Bara trångboddhet').fill('Något annat');
    await page.getByLabel('Nytt namn för Bara trångboddhet').press('Escape');
    await item.getByRole('button', { name: 'Byt namn' }).click();
    await expect(page.getByLabel('Nytt namn för Bara trångboddhet').inputValue()).resolves.toBe('Bara trångboddhet');
    await page.getByLabel('Nytt namn för Bara trångboddhet').fill('Trångboddhet');
    await page.getByLabel('Nytt namn för Bara trångboddhet').press('Enter');
    const renamed = page.locator('[data-scenario="Trångboddhet"]');
    // A participant's weighting, to be found again after the reload.
    await page.getByTestId('participant-name').fill('TN');
    await page.getByRole('button', { name: 'Lägg till med nuvarande vikter' }).click();
    const [exported] = await Promise.all([page.waitForEvent('download'), renamed.getByRole('button', { name: 'Exportera' }).click()]);
    const json = JSON.parse(await downloadedText(exported));
    expect(json).toMatchObject({ format: 'kraftsamla-scenario', name: 'Trångboddhet', weights: { trangboddhet: 25, ekonomiskt_bistand: 0 } });
    // Stored in the browser: still there after a reload.
    await page.reload();
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Scenarier och jämförelse' }).click();
    await page.locator('[data-scenario="Trångboddhet"]').waitFor();
    await expect(page.$$eval('[data-testid="participant-table"] tbody th', (r) => r.map((x) => x.textContent))).resolves.toEqual(['TN']);
    await page.getByTestId('participant-table').getByRole('button', { name: 'Ta bort' }).click();
    // At GeSO level "top 12" of 14 would single out nothing: N is at most a third of the areas, and says so.
    await expect(page.getByTestId('top-n').inputValue()).resolves.toBe('12');
    await page.keyboard.press('g');
    await expect(page.getByTestId('top-n').inputValue()).resolves.toBe('4');
    await expect(page.getByTestId('top-n-limit').textContent()).resolves.toBe('Högst 4, en tredjedel av de 14 områdena, så att topp N pekar ut några få. Valt N är 12; här används 4.');
    await page.keyboard.press('g');
    await expect(page.getByTestId('top-n').inputValue()).resolves.toBe('12');
    await page.locator('[data-scenario="Trångboddhet"]').getByRole('button', { name: 'Ta bort' }).click();
    await expect(page.locator('[data-scenario]').count()).resolves.toBe(0);
    const path = resolve(SCREENSHOTS, '../scenario.json');
    writeFileSync(path, JSON.stringify(json));
    // Two files at once: both are kept.
    const other = { ...json, name: 'Annan' };
    await page.setInputFiles('[data-testid="scenario-file"]', [
      { name: 'scenario.json', mimeType: 'application/json', buffer: readFileSync(path) },
      { name: 'annan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
    ]);
    await page.locator('[data-scenario="Annan"]').waitFor();
    await expect(page.locator('[data-scenario]').evaluateAll((l) => l.map((x) => x.getAttribute('data-scenario')))).resolves.toEqual(['Trångboddhet', 'Annan']);
    await page.setInputFiles('[data-testid="scenario-file"]', { name: 'fel.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kraftsamla-scenario","name":"x","weights":{"trangboddhet":-3}}') });
    await page.getByTestId('notice-error').filter({ hasText: 'fel.json: filen är inget Kraftsamla-scenario (weights.trangboddhet)' }).waitFor();
    await page.close();
  });
});
