import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './launchBrowser.ts';
import { mapViewOf } from './pixels.ts';

const browser = useBrowser();

describe('shareable links', () => {
  it('restore weights, level, selection, layers, filters, map view and language', async () => {
    const query = 'w=behorighet_yrkesprogram:0,trangboddhet:80,ekonomiskt_bistand:10,laginkomststandard:10&n=minmax&sel=25611&lay=p&ed=KN&map=12.98,55.575,13&lang=en&vy=need-effort';
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
