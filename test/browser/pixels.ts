import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { toPixels } from '../../src/map/spreadPoints.ts';
import { waitForMap } from './launchBrowser.ts';

import { expect } from 'vitest';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS } from '../../src/map/palette.ts';

export type RGB = [number, number, number];

const mix = (a: readonly number[], b: readonly number[], t: number): RGB => [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as RGB;
/** The hatch for missing values is antialiased: its pixels run from one grey to the other. */
export const HATCH_RGB: RGB[] = [0, 0.25, 0.5, 0.75, 1].map((t) => mix(MISSING_COLOUR, MISSING_HATCH_COLOUR, t));

/**
 * A real screenshot of the map, decoded to RGBA in the page (the browser has
 * a PNG decoder; Node would need another dependency). Installs
 * `window.mapShot` as { width, height, data } for the caller's evaluate.
 */
async function shootMap(page: Page) {
  await waitForMap(page);
  const box = (await page.locator('.map').boundingBox())!;
  await decodeInPage(page, await page.screenshot({ clip: box }));
  return box;
}

/** Decode a screenshot in the page into `window.mapShot` ({ width, height, data }). */
async function decodeInPage(page: Page, png: Buffer) {
  await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    (window as unknown as { mapShot: unknown }).mapShot = { width: img.width, height: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
  }, png.toString('base64'));
}

/** How many map pixels are within `tolerance` (per channel) of each colour, and where the first is. */
export async function countColours(page: Page, colours: readonly (readonly number[])[], tolerance = 6) {
  const box = await shootMap(page);
  const found = await page.evaluate(
    ({ colours, tolerance }) => {
      const { width, data } = (window as unknown as { mapShot: { width: number; data: Uint8ClampedArray } }).mapShot;
      return colours.map((rgb) => {
        let count = 0;
        let first: [number, number] | null = null;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance && Math.abs(data[i + 2] - rgb[2]) <= tolerance) {
            count++;
            first ??= [(i / 4) % width, Math.floor(i / 4 / width)];
          }
        }
        return { count, first };
      });
    },
    { colours: colours.map((c) => [...c]), tolerance },
  );
  return found.map((f) => ({ ...f, box }));
}

/** Colour per area code as the app classifies it, read from the ranking
 * table's class markers (the accessible mirror of the map). */
export async function expectedClasses(page: Page): Promise<Record<string, string>> {
  return page.$$eval('table[data-testid="ranking"] tbody tr', (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-code')!, r.querySelector('.class-dot')!.getAttribute('data-class')!])),
  );
}

/**
 * For every delområde, the share of its on-screen interior pixels (border
 * excluded) whose colour in a real screenshot matches one of the expected
 * colours. The committed geometry is projected with the map's exposed view
 * (`data-view`) and each polygon rasterised in the page at pixel centres.
 */
export async function areaPixelMatches(page: Page, expected: Record<string, RGB[]>, tolerance = 12) {
  const shown = await hideElements(page, '.legend, .maplibregl-ctrl, .tooltip');
  await waitForMap(page);
  await shootMap(page);
  await shown();
  // Each outer ring projected to map pixels here, with the map's view.
  const view = await mapViewOf(page);
  const [cx, cy] = toPixels([view.lon, view.lat], view.zoom);
  const rings = Object.fromEntries(
    delomraden().features.map((f) => [
      f.properties.code,
      f.geometry.coordinates[0].map((p) => {
        const [x, y] = toPixels(p, view.zoom);
        return [x - cx + view.width / 2, y - cy + view.height / 2];
      }),
    ]),
  );
  return page.evaluate(
    ({ expected, tolerance, rings }) => {
      type Pos = [number, number];
      const img = (window as unknown as { mapShot: { width: number; height: number; data: Uint8ClampedArray } }).mapShot;
      const pixels = img.data;
      const result: Record<string, { pixels: number; matching: number }> = {};
      for (const [code, ring] of Object.entries(rings) as [string, Pos[]][]) {
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        let count = 0;
        let matching = 0;
        for (let y = Math.ceil(Math.min(...ys)); y <= Math.max(...ys); y++) {
          for (let x = Math.ceil(Math.min(...xs)); x <= Math.max(...xs); x++) {
            const cx = x + 0.5;
            const cy = y + 0.5;
            if (!inside(ring, cx, cy) || nearEdge(ring, cx, cy, 2.5)) continue;
            if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
            count++;
            const i = (y * img.width + x) * 4;
            const colours: [number, number, number][] = expected[code];
            if (colours.some((c) => Math.abs(c[0] - pixels[i]) + Math.abs(c[1] - pixels[i + 1]) + Math.abs(c[2] - pixels[i + 2]) <= tolerance * 3)) matching++;
          }
        }
        result[code] = { pixels: count, matching };
      }
      return result;

      function inside(r: Pos[], x: number, y: number) {
        let c = false;
        for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
          if (r[i][1] > y !== r[j][1] > y && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) c = !c;
        }
        return c;
      }
      function nearEdge(r: Pos[], x: number, y: number, d: number) {
        for (let i = 0; i + 1 < r.length; i++) {
          const [ax, ay] = r[i];
          const [bx, by] = r[i + 1];
          const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
          const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / l2));
          if ((x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 < d * d) return true;
        }
        return false;
      }
    },
    { expected, tolerance, rings },
  );
}

/** The committed delområden; the tests use each one's outer ring. */
function delomraden(): { features: { properties: { code: string }; geometry: { coordinates: [number, number][][] } }[] } {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/geo/delomraden.geojson'), 'utf8'));
}

/** The map's centre, zoom and size, as it exposes them once drawn. */
export async function mapViewOf(page: Page) {
  await waitForMap(page);
  const [lon, lat, zoom] = (await page.getAttribute('.map', 'data-view'))!.split(',').map(Number);
  const box = (await page.locator('.map').boundingBox())!;
  return { lon, lat, zoom, width: box.width, height: box.height, left: box.x, top: box.y };
}

/** Where a place is on screen, projected in the test from the map's view. */
export async function screenPointAt(page: Page, [lon, lat]: [number, number]) {
  const v = await mapViewOf(page);
  const [x, y] = toPixels([lon, lat], v.zoom);
  const [cx, cy] = toPixels([v.lon, v.lat], v.zoom);
  return { x: v.left + x - cx + v.width / 2, y: v.top + y - cy + v.height / 2 };
}

/** Where a delområde's interior point is on screen. */
export async function screenPointOf(page: Page, code: string) {
  const f = delomraden().features.find((x) => x.properties.code === code)!;
  const ring = f.geometry.coordinates[0];
  // The vertex mean is inside Holma's convex shape; good enough for a click.
  const lon = ring.reduce((s, q) => s + q[0], 0) / ring.length;
  const lat = ring.reduce((s, q) => s + q[1], 0) / ring.length;
  return screenPointAt(page, [lon, lat]);
}

/**
 * Hide elements through the CSSOM, which the app's Content-Security-Policy
 * allows (an injected <style> it rightly blocks). Returns a function that
 * shows them again.
 */
export async function hideElements(page: Page, selector: string): Promise<() => Promise<void>> {
  await page.$$eval(selector, (elements) => elements.forEach((e) => (e as HTMLElement).style.setProperty('visibility', 'hidden', 'important')));
  return async () => {
    await page.$$eval(selector, (elements) => elements.forEach((e) => (e as HTMLElement).style.removeProperty('visibility')));
  };
}

export function coloursFor(classes: Record<string, string>): Record<string, RGB[]> {
  return Object.fromEntries(Object.entries(classes).map(([code, cls]) => [code, cls === 'missing' ? HATCH_RGB : [NEED_COLOURS[Number(cls)] as RGB]]));
}

/** Every delområde's interior pixels in its class colour (at least 90 %). */
export async function expectMapShows(page: Page, classes: Record<string, string>) {
  const matches = await areaPixelMatches(page, coloursFor(classes));
  expect(Object.keys(matches)).toHaveLength(136);
  const failing = Object.keys(matches).filter((c) => matches[c].pixels === 0 || matches[c].matching / matches[c].pixels < 0.9);
  expect(failing.map((c) => ({ code: c, ...matches[c], class: classes[c] }))).toEqual([]);
}


/** How many near-black pixels (the map's text ink) a box around a screen point holds. */
export async function inkAround(page: Page, point: { x: number; y: number }, width = 80, height = 22) {
  await decodeInPage(page, await page.screenshot({ clip: { x: point.x - width / 2, y: point.y - height / 2, width, height } }));
  return page.evaluate(() => {
    const { data } = (window as unknown as { mapShot: { data: Uint8ClampedArray } }).mapShot;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 50 && data[i + 1] < 50 && data[i + 2] < 50) ink++;
    return ink;
  });
}
