/**
 * The steering group's decision, end to end: a selection built by keyboard
 * in the workshop, what it covers against the data file, reasons and
 * department notes (with a conflict), versions and their differences, the
 * record exported and imported, restored from a link, printed as a
 * beslutsunderlag (a real PDF, its text checked) and published.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { downloadedText, useAppPage, useBrowser, waitForMap } from './launchBrowser.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const DOCUMENT_DIR = resolve(SCREENSHOTS, 'decision');
rmSync(DOCUMENT_DIR, { recursive: true, force: true });
mkdirSync(DOCUMENT_DIR, { recursive: true });
const browser = useBrowser();

/** Children 0–16 in 2024 per code, read from the bundled file itself. */
function childrenIn2024(): Map<string, number> {
  const [header, ...rows] = readFileSync(resolve(import.meta.dirname, '../../data/indicators-series-example.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(';');
  const at = (name: string) => columns.indexOf(name);
  return new Map(rows.map((r) => r.split(';')).filter((c) => c[at('ar')] === '2024').map((c) => [c[at('delomrade_kod')], Number(c[at('befolkning_0_16')])]));
}
const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
const statusOf = (page: Page, code: string) => page.locator(`.decision-area[data-code="${code}"]`).getAttribute('data-status');
const notesFile = (department: string, notes: unknown[]) => ({
  name: `${department.toLowerCase()}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'kraftsamla-department-notes', version: 1, department, notes })),
});

// Augustenborg, Heleneholm and Södra Sofielund: the first three of the proposal.
const [AUGUSTENBORG, HELENEHOLM, SOFIELUND] = ['36109', '36101', '11319'];

describe('the steering group decides', () => {
  const app = useAppPage(browser, () => `${inject('appUrl')}?vy=decision#/workshop`);
  let exported = '';
  let link = '';

  it('builds a selection in the workshop by keyboard, and says what it covers', async () => {
    const { page, consoleErrors } = app();
    await page.locator('body').focus();
    // N shows the next proposed area; V takes the shown area in or out.
    for (const key of ['n', 'v', 'n', 'v', 'n', 'v', 'v']) await page.keyboard.press(key);
    await expect(statusOf(page, AUGUSTENBORG)).resolves.toBe('chosen');
    await expect(statusOf(page, HELENEHOLM)).resolves.toBe('chosen');
    // Pressed twice: out again, as a visible "not chosen", never silently gone.
    await expect(statusOf(page, SOFIELUND)).resolves.toBe('not-chosen');
    await expect(page.getByTestId('area-decision').getAttribute('data-status')).resolves.toBe('not-chosen');
    // Esc closes the area panel, and the decision list has the room.
    await page.keyboard.press('Escape');
    await page.getByTestId('area-panel').waitFor({ state: 'detached' });
    const children = childrenIn2024();
    await expect(page.$eval('[data-figure="chosen"] dd', (dd) => dd.textContent)).resolves.toBe('2');
    const shown = await page.$eval('[data-figure="children"] dd', (dd) => dd.firstChild!.textContent);
    expect(digits(shown)).toBe(children.get(AUGUSTENBORG)! + children.get(HELENEHOLM)!);
    // Södra Sofielund ranks high: leaving it out is listed, as a choice.
    await expect(page.getByTestId('decision-left-out').locator(`li[data-code="${SOFIELUND}"]`).textContent()).resolves.toContain('Inte valt');
    await expect(page.getByTestId('legend-chosen').textContent()).resolves.toContain('(2)');
    await waitForMap(page);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'decision-workshop.png') });
    await page.getByTestId('save-revision').click();
    await page.locator('[data-testid="revisions"] li[data-revision="1"]').waitFor();
    await expect(page.locator('[data-testid="revisions"] > li').count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('takes reasons and department notes, shows a conflict, and records a second version with its differences', async () => {
    const { page } = app();
    await page.evaluate(() => (location.hash = ''));
    await waitForMap(page);
    const reason = page.getByTestId(`reason-${SOFIELUND}`);
    await reason.fill('Insatser pågår redan genom SSPF; följs upp 2030.');
    await reason.blur();
    const chosenReason = page.getByTestId(`reason-${AUGUSTENBORG}`);
    await chosenReason.fill('Stabilt högt behov och pågående arbete att bygga vidare på.');
    await chosenReason.blur();
    await page.getByTestId('notes-file').setInputFiles([
      notesFile('FSKN', [{ code: AUGUSTENBORG, text: 'Förskolan har språkstöd', links: [{ title: 'BoU 2025', url: 'https://malmo.se/bou' }] }, { code: '99999', text: 'x' }]),
    ]);
    await expect(page.getByTestId('notice-warning').textContent()).resolves.toContain('anteckning 2: okänd områdeskod ”99999”');
    await expect(page.locator(`.decision-area[data-code="${AUGUSTENBORG}"] .notes`).textContent()).resolves.toContain('FSKN: Förskolan har språkstöd');
    // The same department again, with other text: shown, not written over.
    await page.getByTestId('notes-file').setInputFiles([notesFile('FSKN', [{ code: AUGUSTENBORG, text: 'Förskolan har språkstöd och öppen förskola' }])]);
    const conflict = page.getByTestId('note-conflicts');
    await expect(conflict.textContent()).resolves.toContain('Förskolan har språkstöd och öppen förskola');
    await expect(page.locator(`.decision-area[data-code="${AUGUSTENBORG}"] .notes`).textContent()).resolves.toBe('FSKN: Förskolan har språkstöd');
    await conflict.getByRole('button', { name: 'Använd filens' }).click();
    await expect(page.locator(`.decision-area[data-code="${AUGUSTENBORG}"] .notes`).textContent()).resolves.toBe('FSKN: Förskolan har språkstöd och öppen förskola');
    // A hostile file is refused with the field named; nothing changes.
    await page.getByTestId('notes-file').setInputFiles([notesFile('FSKN', [{ code: AUGUSTENBORG, text: 'x', links: [{ title: 'x', url: 'javascript:alert(1)' }] }])]);
    await expect(page.getByTestId('notice-error').textContent()).resolves.toContain('fältet ”notes[0].links[0].url”');
    await page.getByTestId('save-revision').click();
    const newest = page.getByTestId('revisions').locator('li[data-revision="2"]');
    await expect(newest.getByTestId('revision-diff').textContent()).resolves.toContain('Nytt skäl för Södra Sofielund');
    await expect(newest.getByTestId('revision-diff').textContent()).resolves.toContain('FSKNs anteckning om Augustenborg ändrad');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-record').click();
    exported = await downloadedText(await download);
    expect(JSON.parse(exported).revisions).toHaveLength(2);
    link = (await page.getByTestId('copy-link-1').getAttribute('data-link'))!;
    expect(link).toMatch(/beslut=[0-9a-z]+-1$/);
  });

  it('prints the beslutsunderlag with the recorded areas, reasons and figures', async () => {
    const { page } = app();
    await page.evaluate(() => (location.hash = '#/beslut/2'));
    const doc = page.getByTestId('decision-document');
    await expect(doc.getAttribute('data-revision')).resolves.toBe('2');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(resolve(DOCUMENT_DIR, 'beslutsunderlag.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '80', '-png', resolve(DOCUMENT_DIR, 'beslutsunderlag.pdf'), resolve(DOCUMENT_DIR, 'page')]);
    const pages = readdirSync(DOCUMENT_DIR).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(5);
    // pdftotext breaks lines where the layout does: compare words, not lines.
    const text = execFileSync('pdftotext', [resolve(DOCUMENT_DIR, 'beslutsunderlag.pdf'), '-']).toString().replace(/\s+/g, ' ');
    const record = JSON.parse(exported).revisions[1];
    const children = digits(await doc.locator('[data-testid="document-coverage"] [data-figure="children"] dd').evaluate((dd) => dd.firstChild!.textContent));
    expect(children).toBe(record.coverage.children);
    for (const expected of ['Beslutsunderlag', 'Förslag till beslut', 'Augustenborg', 'Heleneholm', 'Insatser pågår redan genom SSPF; följs upp 2030.', 'FSKN: Förskolan har språkstöd och öppen förskola', 'Exempeldata', 'Kriterier för insatserna', 'minst två aktörer'.replace('m', 'M')]) {
      expect(text).toContain(expected);
    }
    const rank = record.evidence.find((e: { code: string }) => e.code === AUGUSTENBORG).rank;
    await expect(doc.locator(`[data-testid="document-chosen"] tr[data-code="${AUGUSTENBORG}"] td`).first().textContent()).resolves.toBe(String(rank));
    expect(text).not.toContain('Skriv ut eller spara som PDF');
  });

  it('restores a revision from its link, imports records only with a yes, and publishes a decision on the public page', async () => {
    const { page } = app();
    // Opened anew in the same browser, which holds the record.
    await page.goto(link);
    await waitForMap(page);
    await expect(page.getByRole('tab', { name: 'Beslut' }).getAttribute('aria-selected')).resolves.toBe('true');
    // Revision 1 had no reason for Södra Sofielund yet.
    await expect(page.getByTestId(`reason-${SOFIELUND}`).inputValue()).resolves.toBe('');
    await expect(page.getByTestId('record-state').textContent()).resolves.toContain('Ändrat sedan version 2');
    const file = (name: string, text: string) => [{ name, mimeType: 'application/json', buffer: Buffer.from(text) }];
    // The same record again: nothing to do, and it says so.
    await page.getByTestId('record-file').setInputFiles(file('beslut.json', exported));
    await expect(page.getByTestId('notice-success').textContent()).resolves.toContain('samma versioner');
    // Another decision would replace this one: asked first, and the stored one can be downloaded.
    const another = JSON.parse(exported);
    another.id = 'annat0001';
    another.revisions = another.revisions.slice(0, 1);
    await page.getByTestId('record-file').setInputFiles(file('annat.json', JSON.stringify(another)));
    await expect(page.getByTestId('replace-record-question').textContent()).resolves.toContain('annat.json är ett annat beslut');
    await page.getByRole('button', { name: 'Behåll det sparade' }).click();
    await expect(page.locator('[data-testid="revisions"] > li').count()).resolves.toBe(2);
    // A wrong file is refused with the field named, and the record stays.
    await page.getByTestId('record-file').setInputFiles(file('trasig.json', exported.replace('"chosen"', '"maybe"')));
    await page.getByTestId('notice-error').waitFor();
    await expect(page.getByTestId('notice-error').textContent()).resolves.toMatch(/trasig\.json: filen är inget beslutsunderlag .*fältet ”revisions\[0\]\.areas\[\d+\]\.status”/);
    await expect(page.locator('[data-testid="revisions"] > li').count()).resolves.toBe(2);
    // Back to the latest: the draft (revision 1 now) differs from it, so it asks first.
    await page.locator('[data-testid="revisions"] > li[data-revision="2"]').getByRole('button', { name: 'Öppna', exact: true }).click();
    await page.getByTestId('open-revision-question').getByRole('button', { name: 'Öppna version 2' }).click();
    await expect(statusOf(page, SOFIELUND)).resolves.toBe('not-chosen');
    await expect(page.getByTestId(`reason-${SOFIELUND}`).inputValue()).resolves.toBe('Insatser pågår redan genom SSPF; följs upp 2030.');
    await page.getByTestId('publish-2').click();
    await page.evaluate(() => (location.hash = '#/oppen'));
    const section = page.getByTestId('section-decision');
    await expect(section.textContent()).resolves.toContain('Augustenborg');
    await expect(section.textContent()).resolves.toContain('Augustenborg: Stabilt högt behov och pågående arbete att bygga vidare på.');
    await expect(section.textContent()).resolves.not.toContain('Södra Sofielund');
    // The departments' notes stay internal.
    await expect(section.textContent()).resolves.not.toContain('Förskolan');
    await expect(page.getByTestId('decision-preview').isVisible()).resolves.toBe(true);
    await section.screenshot({ path: resolve(SCREENSHOTS, 'public-decision.png') });
  });
});
