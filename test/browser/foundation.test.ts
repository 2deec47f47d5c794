import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { independentClasses } from '../support/independentClasses.ts';
import { answerYear, resetWeights, weightsToZero } from './actions.ts';
import { useAppPage, useBrowser, waitForMap } from './launchBrowser.ts';
import { expectedClasses, expectMapShows, screenPointOf } from './pixels.ts';

const root = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = resolve(root, 'test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const HEADER = 'delomrade_kod;delomrade_namn;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard';
const CSV = readFileSync(resolve(root, 'data/indicators-example.csv'), 'utf8');
const EQUAL = { behorighet_yrkesprogram: 25, trangboddhet: 25, ekonomiskt_bistand: 25, laginkomststandard: 25 };

const browser = useBrowser();

const rowCodes = (page: Page) => page.$$eval('table[data-testid="ranking"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-code')));
const asText = (classes: Record<string, number | 'missing'>) => Object.fromEntries(Object.entries(classes).map(([c, k]) => [c, String(k)]));

async function uploadIndicators(page: Page, name: string, content: string | Buffer) {
  await page.setInputFiles('[data-testid="indicator-file"]', { name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

/**
 * One page for the whole file: each test leaves the page as the next expects
 * it (weights reset, the default level, the example data until the last
 * tests load files of their own).
 */
describe('the foundation map', () => {
  // Counts how often the page attaches a drop listener to the window.
  const app = useAppPage(browser, () => inject('appUrl'), undefined, () => {
    const add = window.addEventListener.bind(window);
    (window as unknown as { dropListeners: number }).dropListeners = 0;
    window.addEventListener = ((type: string, ...rest: Parameters<typeof add> extends [unknown, ...infer R] ? R : never) => {
      if (type === 'drop') (window as unknown as { dropListeners: number }).dropListeners++;
      return add(type as keyof WindowEventMap, ...(rest as [EventListener]));
    }) as typeof window.addEventListener;
  });

  it('loads with no console errors and no request outside its own origin', async () => {
    const { page, consoleErrors, requests } = app();
    const origin = new URL(inject('appUrl')).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    await expect(page.getByText('Exempeldata – inte officiell statistik').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'foundation-1920x1080.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('draws all 136 delområden in the classes computed from the data (checked on screenshot pixels)', async () => {
    const { page } = app();
    await page.getByLabel('Visa områdesnamn på kartan').uncheck();
    await page.getByLabel('Visa Stadskontorets förslag (5 grupper)').uncheck();
    await page.getByLabel('Visa insatser på kartan').uncheck();
    const expected = asText(independentClasses(CSV, EQUAL));
    expect(Object.keys(expected)).toHaveLength(136);
    // The table agrees with the data, and the map with both.
    await expect(expectedClasses(page)).resolves.toEqual(expected);
    await expectMapShows(page, expected);
  });

  it('recolours the map and reorders the table when a weight moves, and attaches no listeners on the way', async () => {
    const { page } = app();
    const listenersBefore = await page.evaluate(() => (window as unknown as { dropListeners: number }).dropListeners);
    const orderBefore = await rowCodes(page);
    // Only overcrowding counts: keyboard, as a user without a mouse would.
    await weightsToZero(page, ['behorighet_yrkesprogram', 'ekonomiskt_bistand', 'laginkomststandard']);
    await expect(page.$eval('input[data-var="trangboddhet"]', (e) => (e as HTMLInputElement).value)).resolves.toBe('25');
    expect(await rowCodes(page)).not.toEqual(orderBefore);
    // The top row is now the area with the highest overcrowding.
    const top = await page.$$eval('table[data-testid="ranking"] tbody tr:not([data-missing])', (rows) =>
      rows.map((r) => Number(r.querySelectorAll('td')[4].textContent!.replace(',', '.'))),
    );
    expect(top[0]).toBe(Math.max(...top));
    const expected = asText(independentClasses(CSV, { ...EQUAL, behorighet_yrkesprogram: 0, ekonomiskt_bistand: 0, laginkomststandard: 0 }));
    const changed = Object.keys(expected).filter((c) => expected[c] !== asText(independentClasses(CSV, EQUAL))[c]);
    expect(changed.length).toBeGreaterThan(10);
    await expect(expectedClasses(page)).resolves.toEqual(expected);
    await expectMapShows(page, expected);
    // Three slider moves re-rendered the page; the file loader's window
    // listeners were attached once, not again on every render.
    await expect(page.evaluate(() => (window as unknown as { dropListeners: number }).dropListeners)).resolves.toBe(listenersBefore);
    await resetWeights(page);
  });

  it('while a weight is dragged the map follows the hand and the ranking waits, then catches up when it is let go', async () => {
    const { page } = app();
    const orderBefore = await rowCodes(page);
    const box = (await page.locator('input[data-var="trangboddhet"]').boundingBox())!;
    await page.mouse.move(box.x + 8 + (box.width - 16) * 0.25, box.y + box.height / 2);
    await page.mouse.down();
    // Three changes, as a hand makes them.
    const during = await page.evaluate(async () => {
      const input = document.querySelector('input[data-var="trangboddhet"]') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const v of [40, 60, 80]) {
        setValue.call(input, String(v));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      // React commits a discrete event's update in a microtask.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      const table = document.querySelector('[data-testid="ranking"]')!;
      return {
        busy: table.getAttribute('aria-busy'),
        note: table.querySelector('.held-note')?.textContent ?? null,
        order: [...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-code')),
        share: input.closest('.weight')!.querySelector('output')!.textContent,
        map: document.querySelector('.map')!.getAttribute('data-state'),
      };
    });
    // The weights panel and the map follow every step (80 of 155 is 52 %).
    expect(during).toEqual({ busy: 'true', note: 'Uppdateras när du släpper', order: orderBefore, share: expect.stringMatching(/^52\s%$/), map: 'drawing' });
    await page.mouse.up();
    await page.waitForSelector('table[data-testid="ranking"]:not([aria-busy])');
    await expect(page.locator('.held-note').count()).resolves.toBe(0);
    const after = await rowCodes(page);
    expect(after).not.toEqual(orderBefore);
    // Caught up with the weights as they are now, not with a step on the way.
    await expect(page.locator('input[data-var="trangboddhet"]').inputValue()).resolves.toBe('80');
    await expect(expectedClasses(page)).resolves.toEqual(asText(independentClasses(CSV, { ...EQUAL, trangboddhet: 80 })));
    await resetWeights(page);
  });

  it('shows an all-zero message and no index when every weight is zero', async () => {
    const { page } = app();
    await weightsToZero(page, ['behorighet_yrkesprogram', 'trangboddhet', 'ekonomiskt_bistand', 'laginkomststandard']);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Alla vikter är noll');
    await expect(page.$$eval('tbody tr[data-missing="true"]', (r) => r.length)).resolves.toBe(136);
    await resetWeights(page);
    await expect(page.locator('input[data-var="trangboddhet"]').inputValue()).resolves.toBe('25');
  });

  it('sorts the table by name with Swedish collation (å, ä, ö last)', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Sortera efter Namn' }).click();
    const names = await page.$$eval('tbody th[scope="row"]', (cells) => cells.map((c) => c.textContent!.trim()));
    expect(names).toEqual(names.slice().sort(new Intl.Collator('sv').compare));
    // Swedish order: … V, Ä, Ö – and Örtagården after Västra Hamnen.
    expect(names.at(-1)!.startsWith('Ö')).toBe(true);
    expect(names.indexOf('Västra Hamnen')).toBeLessThan(names.indexOf('Örtagården'));
    expect(names.indexOf('Almgården')).toBeLessThan(names.indexOf('Örtagården'));
    await page.getByRole('button', { name: 'Sortera efter Rang' }).click();
  });

  it('shows name, GeSO, index, rank and values on hover, and selects on click in sync with the table', async () => {
    const { page } = app();
    const point = await screenPointOf(page, '25611'); // Holma
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent())!;
    expect(text).toContain('Holma');
    expect(text).toContain('Hyllievång, Kroksbäck m fl');
    expect(text).toMatch(/Behovsindex: [−\d]/);
    expect(text).toMatch(/Rang \d+ av \d+/);
    for (const label of ['Behörighet till yrkesprogram', 'Trångboddhet', 'Ekonomiskt bistånd', 'Låg inkomststandard']) expect(text).toContain(label);
    await page.mouse.click(point.x, point.y);
    await expect(page.locator('[data-testid="area-panel"] h2').textContent()).resolves.toBe('Holma');
    await expect(page.$eval('tr.selected', (r) => r.getAttribute('data-code'))).resolves.toBe('25611');
    await page.mouse.move(0, 0);
  });

  it('finds an area by name without diacritics, selects it and explains its rank', async () => {
    const { page } = app();
    await page.getByPlaceholder('Sök delområde, t.ex. Holma').fill('ortagarden');
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="area-panel"]');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Örtagården');
    await expect(page.$eval('tr.selected', (r) => r.getAttribute('data-code'))).resolves.toBe('48206');
    // The contributions add up to the index shown.
    const sum = await panel.locator('td.contribution .num').allTextContents();
    const index = await panel.locator('.area-index span').nth(1).textContent();
    const total = sum.reduce((s, t) => s + Number(t.replace(',', '.').replace('−', '-')), 0);
    expect(total).toBeCloseTo(Number(index!.replace(/[^\d,−-]/g, '').replace(',', '.').replace('−', '-')), 1);
    // The map has zoomed to it: it says so once the move is drawn.
    await waitForMap(page);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'selected-area-1920x1080.png') });
  });

  it('rejects a bad CSV with row and column named and keeps the loaded data', async () => {
    const { page, consoleErrors } = app();
    const before = await rowCodes(page);
    await uploadIndicators(page, 'trasig.csv', `${HEADER}\n11319;Södra Sofielund;5000;900;46,6;trettio;12,5;35,0\n99999;Påhittat;1;1;1;1;1;1\n`);
    const alert = page.getByTestId('notice-error').filter({ hasText: 'trasig.csv' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('trasig.csv, rad 2, kolumn ”trangboddhet”: ”trettio” är inte ett tal');
    expect(text).toContain('trasig.csv, rad 3, kolumn ”delomrade_kod”: okänd områdeskod ”99999”');
    expect(text).toContain('Det som redan var inläst finns kvar');
    await expect(rowCodes(page)).resolves.toEqual(before);
    await expect(page.getByText('Exempeldata – inte officiell statistik').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'bad-csv-1920x1080.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('switches to the 14 GeSO and back', async () => {
    const { page } = app();
    await page.getByLabel('GeSO (14)').check();
    await waitForMap(page);
    await expect(rowCodes(page).then((r) => r.length)).resolves.toBe(14);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'geso-1920x1080.png') });
    await page.getByLabel('Delområden (136)').check();
    await expect(rowCodes(page).then((r) => r.length)).resolves.toBe(136);
  });

  it('loads a user’s own Windows-1252 file, drops the example banner and offers extra columns as variables', async () => {
    const { page } = app();
    const rows = ['25611;Holma;4000;1000;20,0;10;10;10;5', '11319;Södra Sofielund;5000;900;90;50;40;45;9'];
    await uploadIndicators(page, 'egen.csv', Buffer.from(`${HEADER};trygghet\r\n${rows.join('\r\n')}\r\n`, 'latin1'));
    // No year column: the page asks which year, suggesting the latest shown.
    await expect(page.getByTestId('year-question').getByRole('textbox').inputValue()).resolves.toBe('2024');
    await answerYear(page);
    await page.getByTestId('notice-warning').filter({ hasText: 'egen.csv är inläst' }).waitFor();
    // The indicators are the user's now; only the example efforts keep their label.
    await expect(page.locator('.example-banner').count()).resolves.toBe(0);
    await expect(page.locator('.legend-example').count()).resolves.toBe(0);
    await expect(rowCodes(page).then((c) => c.slice(0, 2))).resolves.toEqual(['11319', '25611']);
    await expect(page.locator('input[type="range"][data-var="trygghet"]').inputValue()).resolves.toBe('0');
  });

  it('loads a file dropped on the page', async () => {
    const { page } = app();
    const csv = `${HEADER}\n25611;Holma;4000;1000;20,0;10;10;10\n`;
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'släppt.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, csv);
    await answerYear(page, 2023);
    // Reading the file is asynchronous: wait for its own notice, not the last file's.
    await page.getByTestId('notice-warning').filter({ hasText: 'släppt.csv är inläst' }).waitFor();
    await expect(rowCodes(page).then((c) => c[0])).resolves.toBe('25611');
  });
});
