/**
 * Time, end to end: scrubbing the years recolours map and table, a fixed
 * reference year, the change map, the follow-up of the default set, the
 * printed report (a real PDF, rendered to PNG), links, and series files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHANGE_COLOURS } from '../../src/map/changeColours.ts';
import { NEED_COLOURS } from '../../src/map/palette.ts';
import { answerYear } from './actions.ts';
import { downloadedText, useAppPage, useBrowser, waitForMap } from './launchBrowser.ts';
import { countColours, expectedClasses, expectMapShows } from './pixels.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const browser = useBrowser();

const yearShown = (page: Page) => page.getByTestId('year-shown').textContent();
const param = (page: Page, name: string) => page.evaluate((n) => new URL(location.href).searchParams.get(n), name);
const firstRows = (page: Page) => page.$$eval('table[data-testid="ranking"] tbody tr', (rows) => rows.slice(0, 12).map((r) => r.getAttribute('data-code')));
/** The mean of the index column, as the table shows it (Swedish numbers). */
const meanIndex = (page: Page) =>
  page.$$eval('table[data-testid="ranking"] tbody tr:not([data-missing])', (rows) => {
    const values = rows.map((r) => Number(r.querySelectorAll('td.num')[1].textContent!.replace('−', '-').replace(',', '.')));
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((c) => a[c] !== b[c]).length;

/** One planner's page for the run; each test leaves it as the next expects (said in each). */
describe('the index over time', () => {
  const app = useAppPage(browser, () => `${inject('appUrl')}?lay=`);

  it('opens on the latest year; [ and ] scrub the years and map and table follow', async () => {
    const { page, consoleErrors } = app();
    await expect(yearShown(page)).resolves.toBe('2024');
    const classes2024 = await expectedClasses(page);
    const rows2024 = await firstRows(page);
    await page.locator('body').focus();
    // The keys stop at the ends: ] at the latest year does nothing.
    await page.keyboard.press(']');
    await expect(yearShown(page)).resolves.toBe('2024');
    await page.keyboard.press('[');
    await expect(yearShown(page)).resolves.toBe('2023');
    await expect(param(page, 'ar')).resolves.toBe('2023');
    // The slider goes to the first year in one step.
    await page.focus('[data-testid="year-slider"]');
    await page.keyboard.press('Home');
    await expect(yearShown(page)).resolves.toBe('2015');
    await expect(param(page, 'ar')).resolves.toBe('2015');
    await waitForMap(page);
    const classes2015 = await expectedClasses(page);
    expect(changed(classes2015, classes2024)).toBeGreaterThan(10);
    expect(await firstRows(page)).not.toEqual(rows2024);
    // Every delområde on screen in its 2015 class colour.
    await expectMapShows(page, classes2015);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'year-2015.png') });
    await page.locator('body').focus();
    await page.keyboard.press(']');
    await expect(yearShown(page)).resolves.toBe('2016');
    await page.focus('[data-testid="year-slider"]');
    await page.keyboard.press('End');
    await expect(yearShown(page)).resolves.toBe('2024');
    await waitForMap(page);
    await expect(expectedClasses(page)).resolves.toEqual(classes2024);
    expect(consoleErrors).toEqual([]);
  });

  it('against a fixed reference year, colours mean the same value every year', async () => {
    const { page } = app();
    await page.focus('[data-testid="year-slider"]');
    await page.keyboard.press('Home');
    await waitForMap(page);
    const within2015 = await expectedClasses(page);
    const withinMean = await meanIndex(page);
    await page.getByLabel('Mot ett fast referensår').check();
    // The default reference: the year the areas were chosen on.
    await expect(page.getByTestId('reference-year').inputValue()).resolves.toBe('2024');
    await expect(param(page, 'ref')).resolves.toBe('2024');
    await waitForMap(page);
    const fixed2015 = await expectedClasses(page);
    expect(changed(fixed2015, within2015)).toBeGreaterThan(5);
    await expectMapShows(page, fixed2015);
    // Within each year the z-score index averages about 0 every year (0.014
    // in 2015); against 2024 the example city's worse 2015 shows (0.114).
    expect((await meanIndex(page)) - withinMean).toBeGreaterThan(0.05);
    await page.getByLabel('Inom varje år').check();
    await expect(meanIndex(page)).resolves.toBeCloseTo(withinMean, 2);
    await expect(param(page, 'ref')).resolves.toBeNull();
    await page.focus('[data-testid="year-slider"]');
    await page.keyboard.press('End');
    await waitForMap(page);
  });

  it('a change map in one variable, in percentage points, with what better means and the series break', async () => {
    const { page } = app();
    await page.getByTestId('change-map').check();
    await page.getByTestId('change-measure').selectOption({ label: 'Låg inkomststandard' });
    await page.getByTestId('change-from').selectOption('2016');
    const legend = page.getByTestId('change-legend');
    await expect(legend.textContent()).resolves.toContain('Förändring 2016–2024: Låg inkomststandard');
    await expect(legend.textContent()).resolves.toContain('Bättre = lägre andel (procentenheter)');
    await expect(page.getByTestId('change-break').textContent()).resolves.toContain('Serieavbrott 2021–2022');
    await expect(param(page, 'col')).resolves.toBe('change');
    await expect(param(page, 'andr')).resolves.toBe('v:laginkomststandard');
    await waitForMap(page);
    const [change, need] = [await countColours(page, CHANGE_COLOURS, 4), await countColours(page, [NEED_COLOURS[4], NEED_COLOURS[3]], 4)];
    // Several classes of the diverging palette on screen, and no need colours left.
    expect(change.filter((c) => c.count > 500).length).toBeGreaterThanOrEqual(3);
    expect(need.every((c) => c.count < 200)).toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'change-map.png') });
    // Rank change reads as places; no break is spanned from 2022.
    await page.getByTestId('change-measure').selectOption('rank');
    await page.getByTestId('change-from').selectOption('2022');
    await expect(legend.textContent()).resolves.toContain('platser');
    await expect(page.getByTestId('change-break').count()).resolves.toBe(0);
    await page.getByTestId('change-map').uncheck();
    await waitForMap(page);
  });

  it('follows up the default set: comparison group, headline figures, counts and CSV', async () => {
    const { page } = app();
    await page.getByRole('tab', { name: 'Uppföljning' }).click();
    const view = page.getByTestId('follow-up');
    await expect(view.getByText('Delområden i urvalet (12)').count()).resolves.toBe(1);
    await expect(page.getByTestId('comparison-how').textContent()).resolves.toContain('de 12 delområden utanför urvalet som år 2024');
    // Starting 2025 with data to 2024: no after-years yet, and it says so.
    await expect(page.getByTestId('headline-uvas_20_24').textContent()).resolves.toContain('Inga år efter start ännu');
    await expect(page.getByTestId('follow-up-counts').textContent()).resolves.toMatch(/barn 0–16 år bor i urvalet, \d+\s%\sav Malmös barn/);
    await expect(page.getByTestId('follow-up-counts').textContent()).resolves.toMatch(/\d+\s%\sbor utanför urvalet/);
    // A start in 2020 gives a difference in differences for every variable.
    await page.getByTestId('follow-up-start').fill('2020');
    await expect(page.getByTestId('headline-uvas_20_24').textContent()).resolves.toMatch(/[+−]\d+,\d procentenheter/);
    await expect(page.getByTestId('headline-laginkomststandard').textContent()).resolves.toContain('Serieavbrott');
    await expect(param(page, 'fus')).resolves.toBe('2020');
    const [csv] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Uppföljningens serier som CSV' }).click()]);
    const lines = (await downloadedText(csv)).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('variabel;ar;grupp;varde;befolkning;omraden_med_varde;serieavbrott;kalla');
    // 5 variables × 3 groups × 10 years.
    expect(lines).toHaveLength(1 + 5 * 3 * 10);
    expect(lines.find((l) => l.startsWith('laginkomststandard;2022;Urvalet'))).toContain('BAS ersatte RAMS');
    expect(lines[1]).toMatch(/^behorighet_yrkesprogram;2015;Urvalet;\d+,\d+;\d+;\d+\/12;;indicators-series-example\.csv \(Exempeldata/);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'follow-up.png') });
  });

  it('prints the follow-up report as a document: rendered PDF pages, state kept', async () => {
    const { page } = app();
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('report');
    await report.waitFor();
    await expect(report.locator('h1').textContent()).resolves.toBe('Uppföljning av kraftsamlande insatser: Stadskontorets förslag');
    await expect(report.textContent()).resolves.toContain('12 delområden, start 2020.');
    await expect(report.textContent()).resolves.toContain('Exempeldata');
    await expect(report.locator('.set-map path.set-map-set').count()).resolves.toBe(12);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const dir = resolve(SCREENSHOTS, 'report');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'report.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '80', '-png', resolve(dir, 'report.pdf'), resolve(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    // A short document: the facts, map and figures first, then the charts and method.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    const text = execFileSync('pdftotext', ['-layout', resolve(dir, 'report.pdf'), '-']).toString();
    expect(text).toContain('Huvudsiffror');
    expect(text).toContain('Metod');
    expect(text).not.toContain('Skriv ut eller spara som PDF');
    // Back in the workspace, nothing is lost.
    await report.getByRole('link', { name: 'Tillbaka till verktyget' }).click();
    await waitForMap(page);
    await expect(page.getByTestId('follow-up-start').inputValue()).resolves.toBe('2020');
  });

  it('a broken series file keeps the old data; two single-year files become a series', async () => {
    const { page } = app();
    const head = 'delomrade_kod;ar;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard';
    const broken = [head, '25611;2020;4000;1000;50;10;10;10', '11319;2020;5000;900;60;20;20;20', '25611;2020;4000;1000;50;10;10;10', '11319;20x1;5000;900;60;20;20;20'].join('\n');
    await page.setInputFiles('[data-testid="indicator-file"]', { name: 'serie.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    const error = page.getByTestId('notice-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('serie.csv, rad 4, kolumn ”delomrade_kod”: områdeskoden ”25611” finns redan för år 2020 på rad 2.');
    await expect(error.textContent()).resolves.toContain('serie.csv, rad 5, kolumn ”ar”: ”20x1” är inget årtal');
    await expect(page.locator('[data-testid="year-slider"]').getAttribute('max')).resolves.toBe('9');
    await error.getByRole('button').first().click();
    const single = (v: number) => `${head.replace(';ar', '')}\n25611;4000;1000;50;${v};10;10\n11319;5000;900;60;20;20;20\n`;
    await page.setInputFiles('[data-testid="indicator-file"]', [
      { name: 'mina-2022.csv', mimeType: 'text/csv', buffer: Buffer.from(single(10)) },
      { name: 'mina-2023.csv', mimeType: 'text/csv', buffer: Buffer.from(single(30)) },
    ]);
    const question = page.getByTestId('year-question');
    await question.waitFor();
    await expect(question.getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).resolves.toEqual(['2022', '2023']);
    await answerYear(page);
    await page.getByTestId('notice-warning').filter({ hasText: 'mina-2022.csv, mina-2023.csv är inläst' }).waitFor();
    await expect(yearShown(page)).resolves.toBe('2023');
    await expect(page.locator('[data-testid="year-slider"]').getAttribute('max')).resolves.toBe('1');
    await expect(page.locator('.own-data-banner').textContent()).resolves.toContain('mina-2022.csv, mina-2023.csv');
  });
});
