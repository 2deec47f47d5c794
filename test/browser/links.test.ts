import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './launchBrowser.ts';
import { mapViewOf } from './pixels.ts';

const browser = useBrowser();

describe('shareable links', () => {
  it('restore weights, level, selection, layers, filters, map view, language, year, reference year and follow-up set', async () => {
    const time = 'ar=2019&ref=2024&fu=25611,11319,36109&fus=2021&fuk=5&fun=Styrgruppens%20val';
    const query = `w=behorighet_yrkesprogram:0,trangboddhet:80,ekonomiskt_bistand:10,laginkomststandard:10&n=minmax&sel=25611&lay=p&ed=KN&map=12.98,55.575,13&lang=en&vy=need-effort&${time}`;
    const { page, consoleErrors } = await openApp(browser(), `${inject('appUrl')}?${query}`);
    await expect(page.locator('input[data-var="trangboddhet"]').inputValue()).resolves.toBe('80');
    await expect(page.locator('[data-testid="area-panel"] h2').textContent()).resolves.toBe('Holma');
    await expect(page.getByLabel('Show area names on the map').isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('efforts-shown').textContent()).resolves.toBe('2 of 48 efforts shown');
    await expect(page.getByTestId('need-effort').isVisible()).resolves.toBe(true);
    const view = await mapViewOf(page);
    expect(view.zoom).toBeCloseTo(13, 1);
    expect(view.lon).toBeCloseTo(12.98, 3);
    expect(view.lat).toBeCloseTo(55.575, 3);
    // Time: the year and reference year, and the follow-up set.
    await expect(page.getByTestId('year-shown').textContent()).resolves.toBe('2019');
    await expect(page.getByTestId('reference-year').inputValue()).resolves.toBe('2024');
    await expect(page.locator('.legend h2').textContent()).resolves.toContain('Need index 2019');
    await page.getByRole('tab', { name: 'Follow-up' }).click();
    await expect(page.getByTestId('follow-up').getByText('Delområden in the set (3)').count()).resolves.toBe(1);
    await expect(page.getByTestId('comparison-size').inputValue()).resolves.toBe('5');
    await expect(page.getByTestId('follow-up-start').inputValue()).resolves.toBe('2021');
    await expect(page.getByTestId('comparison-how').textContent()).resolves.toContain('the 5 delområden outside the set that in 2020');
    await expect(page.getByLabel('Name of the set').inputValue()).resolves.toBe('Styrgruppens val');
    // The page keeps the link in step with what is shown.
    await page.focus('input[data-var="ekonomiskt_bistand"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w')?.includes('ekonomiskt_bistand:11'));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('open the default view with a notice for bad or hostile values, executing nothing', async () => {
    const hostile = `w=trangboddhet:-40,okand:10&sel=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&n=${encodeURIComponent('<script>window.__pwned=1</script>')}`;
    const { page, consoleErrors } = await openApp(browser(), `${inject('appUrl')}?${hostile}`);
    const notice = page.getByTestId('notice-warning');
    await notice.waitFor();
    const text = (await notice.textContent())!;
    expect(text).toContain('Länken innehöll ”w=trangboddhet:-40”');
    expect(text).toContain('w=okand:10');
    await expect(page.locator('input[data-var="trangboddhet"]').inputValue()).resolves.toBe('25');
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
