import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NEED_COLOURS } from '../../src/map/palette.ts';
import { openApp, useBrowser, waitForMap } from './launchBrowser.ts';
import { areaPixelMatches, expectedClasses, HATCH_RGB, screenPointOf, type RGB } from './pixels.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const HEADER = 'delomrade_kod;delomrade_namn;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard';

const browser = useBrowser();

const rowCodes = (page: Page) => page.$$eval('table[data-testid="ranking"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-code')));
const nextFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

function coloursFor(classes: Record<string, string>): Record<string, RGB[]> {
  return Object.fromEntries(
    Object.entries(classes).map(([code, cls]) => [
      code,
      cls === 'missing' ? HATCH_RGB : [NEED_COLOURS[Number(cls)] as RGB],
    ]),
  );
}

async function uploadIndicators(page: Page, name: string, content: string | Buffer) {
  await page.setInputFiles('[data-testid="indicator-file"]', { name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

describe('the foundation map', () => {
  it('loads with no console errors and no request outside its own origin', async () => {
    const url = inject('appUrl');
    const { page, consoleErrors, requests } = await openApp(browser(), url);
    expect(consoleErrors).toEqual([]);
    const origin = new URL(url).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    await expect(page.getByText('Exempeldata – inte officiell statistik').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'foundation-1920x1080.png') });
    await page.close();
  });

  it('draws all 136 delområden in their class colours (checked on screenshot pixels)', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    await page.getByLabel('Visa områdesnamn på kartan').uncheck();
    await page.getByLabel('Visa Stadskontorets förslag (5 grupper)').uncheck();
    await page.getByLabel('Visa insatser på kartan').uncheck();
    const classes = await expectedClasses(page);
    expect(Object.keys(classes)).toHaveLength(136);
    const matches = await areaPixelMatches(page, coloursFor(classes));
    const codes = Object.keys(matches);
    expect(codes).toHaveLength(136);
    const failing = codes.filter((c) => matches[c].pixels === 0 || matches[c].matching / matches[c].pixels < 0.9);
    expect(failing.map((c) => ({ code: c, ...matches[c], class: classes[c] }))).toEqual([]);
    await page.close();
  });

  it('recolours the map and reorders the table when a weight moves', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    await page.getByLabel('Visa områdesnamn på kartan').uncheck();
    await page.getByLabel('Visa Stadskontorets förslag (5 grupper)').uncheck();
    await page.getByLabel('Visa insatser på kartan').uncheck();
    const orderBefore = await rowCodes(page);
    const classesBefore = await expectedClasses(page);
    // Only overcrowding counts: keyboard, as a user without a mouse would.
    for (const key of ['behorighet_yrkesprogram', 'ekonomiskt_bistand', 'laginkomststandard']) {
      await page.focus(`input[type="range"][data-var="${key}"]`);
      await page.keyboard.press('Home');
    }
    await expect(page.$eval('input[data-var="trangboddhet"]', (e) => (e as HTMLInputElement).value)).resolves.toBe('25');
    await nextFrames(page);
    const orderAfter = await rowCodes(page);
    expect(orderAfter).not.toEqual(orderBefore);
    // The top row is now the area with the highest overcrowding.
    const top = await page.$$eval('table[data-testid="ranking"] tbody tr:not([data-missing])', (rows) =>
      rows.map((r) => Number(r.querySelectorAll('td')[4].textContent!.replace(',', '.'))),
    );
    expect(top[0]).toBe(Math.max(...top));
    const classesAfter = await expectedClasses(page);
    const changed = Object.keys(classesAfter).filter((c) => classesAfter[c] !== classesBefore[c]);
    expect(changed.length).toBeGreaterThan(10);
    // And the map shows the new classes, pixel by pixel.
    const matches = await areaPixelMatches(page, coloursFor(classesAfter));
    const failing = Object.keys(matches).filter((c) => matches[c].matching / matches[c].pixels < 0.9);
    expect(failing.map((c) => ({ code: c, ...matches[c], class: classesAfter[c] }))).toEqual([]);
    await page.close();
  });

  it('shows an all-zero message and no index when every weight is zero', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    for (const input of await page.$$('input[type="range"][data-var]')) {
      await input.focus();
      await page.keyboard.press('Home');
    }
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Alla vikter är noll');
    await expect(page.$$eval('tbody tr[data-missing="true"]', (r) => r.length)).resolves.toBe(136);
    await page.close();
  });

  it('rejects a bad CSV with row and column named and keeps the loaded data', async () => {
    const { page, consoleErrors } = await openApp(browser(), inject('appUrl'));
    const before = await rowCodes(page);
    await uploadIndicators(page, 'trasig.csv', `${HEADER}\n11319;Södra Sofielund;5000;900;46,6;trettio;12,5;35,0\n99999;Påhittat;1;1;1;1;1;1\n`);
    const alert = page.locator('[data-testid="notice-error"]');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('trasig.csv, rad 2, kolumn ”trangboddhet”: ”trettio” är inte ett tal');
    expect(text).toContain('trasig.csv, rad 3, kolumn ”delomrade_kod”: okänd områdeskod ”99999”');
    expect(text).toContain('Det som redan var inläst finns kvar');
    await expect(rowCodes(page)).resolves.toEqual(before);
    await expect(page.getByText('Exempeldata – inte officiell statistik').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'bad-csv-1920x1080.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads a user’s own Windows-1252 file, drops the example banner and offers extra columns as variables', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    const rows = ['25611;Holma;4000;1000;20,0;10;10;10;5', '11319;Södra Sofielund;5000;900;90;50;40;45;9'];
    await uploadIndicators(page, 'egen.csv', Buffer.from(`${HEADER};trygghet\r\n${rows.join('\r\n')}\r\n`, 'latin1'));
    await page.locator('[data-testid="notice-warning"]').waitFor();
    // The indicators are the user's now; only the example efforts keep their label.
    await expect(page.locator('.example-banner').count()).resolves.toBe(0);
    await expect(page.locator('.legend-example').count()).resolves.toBe(0);
    await expect(rowCodes(page).then((c) => c.slice(0, 2))).resolves.toEqual(['11319', '25611']);
    const extra = page.locator('input[type="range"][data-var="trygghet"]');
    await expect(extra.inputValue()).resolves.toBe('0');
    await page.close();
  });

  it('finds an area by name without diacritics, selects it and explains its rank', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    await page.getByPlaceholder('Sök delområde, t.ex. Holma').fill('ortagarden');
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="area-panel"]');
    await panel.waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toBe('Örtagården');
    await expect(page.$eval('tr.selected', (r) => r.getAttribute('data-code'))).resolves.toBe('48206');
    // The contributions add up to the index shown.
    const sum = await panel.locator('td.contribution .num').allTextContents();
    const index = await panel.locator('.area-index span').nth(1).textContent();
    const total = sum.reduce((s, t) => s + Number(t.replace(',', '.').replace('−', '-')), 0);
    expect(total).toBeCloseTo(Number(index!.replace(/[^\d,−-]/g, '').replace(',', '.').replace('−', '-')), 1);
    await page.waitForTimeout(700); // the zoom animation
    await page.screenshot({ path: resolve(SCREENSHOTS, 'selected-area-1920x1080.png') });
    await page.close();
  });

  it('shows name, GeSO, index, rank and values on hover, and selects on click in sync with the table', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    await page.getByLabel('Visa insatser på kartan').uncheck();
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
    await page.close();
  });

  it('loads a file dropped on the page', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    const csv = `${HEADER}\n25611;Holma;4000;1000;20,0;10;10;10\n`;
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'släppt.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, csv);
    await expect(page.locator('[data-testid="notice-warning"]').textContent()).resolves.toContain('släppt.csv är inläst');
    await expect(rowCodes(page).then((c) => c[0])).resolves.toBe('25611');
    await page.close();
  });

  it('switches to the 14 GeSO', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    await page.getByLabel('GeSO (14)').check();
    await waitForMap(page);
    await expect(rowCodes(page).then((r) => r.length)).resolves.toBe(14);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'geso-1920x1080.png') });
    await page.close();
  });

  it('sorts the table by name with Swedish collation (å, ä, ö last)', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    await page.getByRole('button', { name: 'Sortera efter Namn' }).click();
    const names = await page.$$eval('tbody th[scope="row"]', (cells) => cells.map((c) => c.textContent!.trim()));
    expect(names).toEqual(names.slice().sort(new Intl.Collator('sv').compare));
    // Swedish order: … V, Ä, Ö – and Örtagården after Västra Hamnen.
    expect(names.at(-1)!.startsWith('Ö')).toBe(true);
    expect(names.indexOf('Västra Hamnen')).toBeLessThan(names.indexOf('Örtagården'));
    expect(names.indexOf('Almgården')).toBeLessThan(names.indexOf('Örtagården'));
    await page.close();
  });
});
