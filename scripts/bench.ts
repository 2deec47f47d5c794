/**
 * Benchmarks for one weight change. Prints numbers; asserts nothing.
 *
 *   npm run bench
 *   BENCH_ONLY=smooth npm run bench       (13 only: against Leaflet and the floor)
 *   BENCH_ONLY=first-view npm run bench   (13, the Node parts and 0 only)
 *   BENCH_ONLY=load-trace npm run bench   (13b only: where the wait for a ready map goes)
 *   BENCH_BEFORE_DIST=/tmp/old/dist npm run bench
 *                                         (13 also on an earlier build, e.g. of the
 *                                          commit before a change, in the same rounds)
 *
 * 13. Smooth without a graphics card (issue 13): a slider drag's steps, first
 *    contentful paint and the first coloured map on Kraftsamla, on Leaflet
 *    pages of the same data (canvas and SVG renderer, with a ranking table)
 *    and on the floor (a slider that changes one number), interleaved rounds
 *    in one Chromium; and the first view's files, gzipped.
 * 13b. Where the wait for a ready map goes: Chromium's trace of cold loads,
 *    the main thread's busy time and its waits for the GPU process, and the
 *    GPU process's busy time and longest task.
 * 0. The first view (issue 12), built app in Chromium with SwiftShader: first
 *    contentful paint, the ranking table, the first drawn areas and the
 *    coloured WebGL map, from navigation, over cold loads.
 * 1. Index computation (normalise, weight, rank) in Node for Malmö's 136
 *    delområden and for 10,000 synthetic areas.
 * 2. Slider-to-repaint in Chromium on the real map: from the slider's input
 *    event to the end of the first deck.gl frame drawn after it.
 * 3. The uncertainty analysis: 10,000 Monte Carlo samples, timed inside the
 *    app's own Web Worker in Chromium (the built worker file), for the 136
 *    delområden and for 10,000 synthetic areas; and in Node for comparison,
 *    with "what it would take" for one area.
 * 4. Reading a user's file in Chromium (issue 9): for wide indicator files and
 *    large effort files, the time from choosing the file to its notice, the
 *    longest main-thread task meanwhile (Long Tasks API), and a slider move
 *    after it. And the join of a 20,000-vertex polygon to the delområden in
 *    Node, against the exact join without simplification (the baseline).
 * 5. Time (issue 10): a year step ([ or ], input → repainted map) in
 *    Chromium for the bundled series (136 delområden × 10 years) and for
 *    10,000 synthetic areas × 10 years (a synthetic grid geometry served in
 *    place of the real one, the series loaded as ten yearly files through
 *    the app's own file button), each against a weight step in the same page
 *    (the baseline); and in Node the year step's derived view and the memory
 *    a loaded series holds.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { combineYears } from '../src/data/combineYears.ts';
import { parseIndicatorText } from '../src/data/parseIndicators.ts';
import { computeIndex } from '../src/index/compositeIndex.ts';
import type { AreaValues, VariableDefinition, VariableSetting } from '../src/index/types.ts';
import { prepareModel, type UncertaintyModel } from '../src/index/uncertainty/model.ts';
import { createRankedNormaliser } from '../src/index/uncertainty/rankedNormaliser.ts';
import { whatItTakes } from '../src/index/uncertainty/whatItTakes.ts';
import { createSimulation, type SimulationOptions } from '../src/index/uncertainty/simulate.ts';
import * as turf from '@turf/turf';
import type { Page } from 'playwright-core';
import { buildGeography } from '../src/data/geography.ts';
import { classify } from '../src/map/classify.ts';
import { reliabilityOf } from '../src/index/uncertainty/reliability.ts';
import { launchBrowser, waitForMap } from '../test/browser/launchBrowser.ts';
import { longestTask } from '../test/browser/longTasks.ts';
import { writeBaselinePages } from './bench/baselinePages.ts';
import { reportBundle } from './bench/bundleSize.ts';
import { compareSmoothness, printComparison, type BenchPage } from './bench/smoothness.ts';
import { traceLoads, type LoadTrace } from './bench/loadTrace.ts';

const root = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const geo = buildGeography(JSON.parse(read('public/geo/delomraden.geojson')), JSON.parse(read('public/geo/geso.geojson')), JSON.parse(read('public/geo/proposed-areas.geojson')));

function summary(samples: number[]) {
  const sorted = samples.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms (n = ${samples.length})`;
}

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Square cells over Malmö's extent as delområden: the real 136 codes first
 * (so the bundled data still reads), then synthetic ones, GeSO in turn. */
function syntheticGrid(n: number) {
  const side = Math.ceil(Math.sqrt(n));
  const [west, south, east, north] = [12.85, 55.5, 13.15, 55.65];
  const [dx, dy] = [(east - west) / side, (north - south) / side];
  const realCodes = geo.delomraden.map((f) => String(f.properties.code));
  const gesoCodes = [...geo.gesoMembership.parents.keys()];
  return {
    type: 'FeatureCollection' as const,
    features: Array.from({ length: n }, (_, i) => {
      const [x, y] = [west + (i % side) * dx, south + Math.floor(i / side) * dy];
      const code = i < realCodes.length ? realCodes[i] : String(90000 + i);
      const geso = gesoCodes[i % gesoCodes.length];
      return {
        type: 'Feature' as const,
        properties: { code, name: `Område ${code}`, geso_code: geso, geso_name: geo.gesoMembership.parents.get(geso)! },
        geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + dx, y], [x + dx, y + dy], [x, y + dy], [x, y]]] },
      };
    }),
  };
}

function timeWeightChanges(areas: AreaValues[], variables: VariableDefinition[], runs: number) {
  const rand = random(7);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const settings: VariableSetting[] = variables.map((v) => ({ key: v.key, weight: Math.round(rand() * 100), direction: v.direction }));
    const start = performance.now();
    computeIndex(areas, { normalisation: 'zscore', settings });
    samples.push(performance.now() - start);
  }
  return samples;
}

// The built app and issue 13's baseline pages, served from one origin.
const outDir = resolve(root, 'dist');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const baselines = writeBaselinePages(root, outDir);
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const browser = await launchBrowser();
const appUrl = server.resolvedUrls!.local[0];
// An earlier build on its own port, so "before" and "after" share one run.
const beforeDist = process.env.BENCH_BEFORE_DIST ? resolve(process.env.BENCH_BEFORE_DIST) : null;
const beforeServer = beforeDist ? await preview({ root, logLevel: 'warn', build: { outDir: beforeDist }, preview: { port: 0, host: '127.0.0.1' } }) : null;

// 13. Smooth without a graphics card: Kraftsamla against a Leaflet page of the
// same data and against the floor, the same drag and first view measured in
// each page, interleaved rounds in one Chromium with SwiftShader, 1920×1080.
if (process.env.BENCH_ONLY !== 'load-trace') {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const subject = 'Kraftsamla (byggd dist/)';
  const slider = 'input[type="range"][data-var="trangboddhet"]';
  const pages: BenchPage[] = [
    // Coloured: the areas in class colours, whichever comes first of the map
    // drawn in index.html, the SVG stand-in and the WebGL map.
    { name: subject, url: appUrl, colouredSelector: '.first-paint-map path[data-class], [data-testid="map-placeholder"] path, .map[data-state="ready"]', readySelector: '.map[data-state="ready"]', slider },
    ...baselines.map((b) => ({ name: b.name, url: `${appUrl}${b.path}`, readySelector: b.path.includes('floor') ? 'input' : '.ranking tbody tr', slider })),
  ];
  if (beforeServer) pages.push({ ...pages[0], name: `Kraftsamla före (${beforeDist})`, url: beforeServer.resolvedUrls!.local[0] });
  console.log(`jämförelse (issue 13), ${rounds} omgångar, Chromium med SwiftShader, 1920×1080, steg = input-händelse till två bildrutor senare:`);
  const results = await compareSmoothness(browser, pages, rounds, 4, 30);
  printComparison(results, subject, baselines[2].name, [baselines[0].name, baselines[1].name], beforeServer ? pages.at(-1)!.name : undefined);
  reportBundle(outDir);
}

// 13b. Where the wait for a ready map goes, from Chromium's trace of cold
// loads: the default view, and the same view without names, efforts and
// proposal labels (`lay=`), interleaved, to show what the text on the map
// adds to the first frame.
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'load-trace' || process.env.BENCH_ONLY === 'smooth') {
  const loads = Number(process.env.BENCH_ROUNDS ?? 5);
  const views = [
    { name: 'standardvyn', url: appUrl },
    { name: 'utan namn, insatser och förslagsetiketter (lay=)', url: `${appUrl}?lay=` },
  ];
  const tracesByView = await traceLoads(browser, views.map((v) => v.url), '.map[data-state="ready"]', 'kraftsamla:map-ready', loads);
  console.log(`laddning till klar karta (13b), ${loads} spårade kalla laddningar per vy, medianer (spårningen gör sidan något långsammare):`);
  for (const [i, { name }] of views.entries()) {
    const traces = tracesByView[i];
    const at = (key: keyof LoadTrace) => `${Math.round(median(traces.map((t) => t[key])))} ms`;
    console.log(`  ${name}: klar karta ${at('readyMs')}; huvudtråden upptagen ${at('mainBusyMs')}, varav väntan på GPU-processen ${at('mainWaitingForGpuMs')}, längsta uppgift ${at('mainLongestTaskMs')}; GPU-processens huvudtråd upptagen ${at('gpuBusyMs')}, längsta uppgift ${at('gpuLongestTaskMs')}`);
  }
  console.log('  (med SwiftShader är GPU-processens längsta uppgift en bildrutas SwapBuffers som väntar på mjukvaru-GPU:n: den första ritade kartan)');
}
if (process.env.BENCH_ONLY === 'smooth' || process.env.BENCH_ONLY === 'load-trace') {
  await browser.close();
  await server.close();
  await beforeServer?.close();
  process.exit(0);
}

// 1. Pure index computation.
const metadata = JSON.parse(read('data/variables.json'));
const parsed = parseIndicatorText(read('data/indicators-example.csv'), {
  fileName: 'indicators-example.csv',
  illustrative: true,
  knownAreas: geo.delomradeNames,
  defaultVariables: metadata.variables,
  populationColumns: metadata.populationColumns,
});
if (!parsed.ok) throw new Error('bundled data did not parse');
const variables = parsed.value.variables;
timeWeightChanges(parsed.value.areas, variables, 200); // warm-up
console.log(`index, 136 delområden:    ${summary(timeWeightChanges(parsed.value.areas, variables, 2000))}`);

const rand = random(42);
const synthetic: AreaValues[] = Array.from({ length: 10_000 }, (_, i) => ({
  code: String(i),
  name: `Område ${i}`,
  population: 1000,
  children: 200,
  values: Object.fromEntries(variables.map((v) => [v.key, rand() < 0.05 ? null : rand() * 100])),
}));
timeWeightChanges(synthetic, variables, 20);
console.log(`index, 10 000 syntetiska: ${summary(timeWeightChanges(synthetic, variables, 200))}`);

// 3a. Uncertainty analysis in Node.
const equalWeights: VariableSetting[] = variables.map((v) => ({ key: v.key, weight: 25, direction: v.direction }));
const malmo = prepareModel({ areas: parsed.value.areas, variables, settings: equalWeights, normalisation: 'zscore' });
const syntheticModel = prepareModel({ areas: synthetic, variables, settings: equalWeights, normalisation: 'zscore' });
const DEFAULT_RUN: SimulationOptions = { samples: 10_000, seed: 1, spread: 'medium', drawNormalisation: false, samplingNoise: false, topN: 12 };
const EVERYTHING: SimulationOptions = { ...DEFAULT_RUN, spread: 'uniform', drawNormalisation: true, samplingNoise: true };
function timeSimulation(model: UncertaintyModel, options: SimulationOptions, runs: number) {
  return Array.from({ length: runs }, (_, i) => {
    const start = performance.now();
    const simulation = createSimulation(model, { ...options, seed: i + 1 });
    simulation.run(Infinity);
    simulation.summary();
    return performance.now() - start;
  });
}
timeSimulation(malmo, DEFAULT_RUN, 3);
console.log(`Monte Carlo 10 000 dragningar, 136 delområden, Node (vikter):            ${summary(timeSimulation(malmo, DEFAULT_RUN, 20))}`);
console.log(`Monte Carlo 10 000 dragningar, 136 delområden, Node (allt påslaget):     ${summary(timeSimulation(malmo, EVERYTHING, 10))}`);
const holma = malmo.ranked.findIndex((i) => parsed.value.areas[i].name === 'Holma');
const reachTimes = Array.from({ length: 10 }, () => {
  const start = performance.now();
  whatItTakes({ z: createRankedNormaliser(malmo)('zscore'), variables: malmo.keys.length, target: holma, shares: malmo.shares, topN: 12 });
  return performance.now() - start;
});
console.log(`vad som skulle krävas (alla hörn, 4 variabler), ett område, Node:        ${summary(reachTimes)}`);

/** Times runs inside the app's built simulation worker, in the page. */
async function timeWorker(page: Page, workerFile: string, model: UncertaintyModel, options: SimulationOptions, runs: number) {
  const plain = { ...model, raw: Array.from(model.raw), sampleSize: Array.from(model.sampleSize), ranked: Array.from(model.ranked) };
  return page.evaluate(
    async ({ workerFile, plain, options, runs }) => {
      const model = { ...plain, raw: Float64Array.from(plain.raw), sampleSize: Float64Array.from(plain.sampleSize), ranked: Int32Array.from(plain.ranked) };
      const worker = new Worker(workerFile, { type: 'module' });
      const times: number[] = [];
      for (let id = 1; id <= runs; id++) {
        const elapsed = await new Promise<number>((resolve) => {
          worker.onmessage = (e: MessageEvent<{ id: number; final: boolean; elapsedMs: number }>) => {
            if (e.data.id === id && e.data.final) resolve(e.data.elapsedMs);
          };
          worker.postMessage({ id, model, options: { ...options, seed: id } });
        });
        times.push(elapsed);
      }
      worker.terminate();
      return times;
    },
    { workerFile, plain, options, runs },
  );
}

// 2. Slider to repaint in Chromium, on the built app.
try {
  // 0. The first view, on the built app: each run a new browser context (cold
  // cache), navigation to first contentful paint (index.html's title and
  // outline), to the ranking table, to the areas drawn in their class colours
  // (the SVG that stands in for the map) and to the coloured WebGL map.
  {
    const runs = 5;
    const rows: { fcp: number; table: number; areas: number; map: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const p = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      // Each "first" is marked at the frame after it entered the DOM, when it
      // was on screen; not when a poll from here next got the main thread.
      await p.addInitScript(() => {
        const seen = new Set<string>();
        new MutationObserver(() => {
          for (const [name, selector] of [['bench:table', '.ranking tbody tr'], ['bench:first-areas', '[data-testid="map-placeholder"] path']]) {
            if (seen.has(name) || !document.querySelector(selector)) continue;
            seen.add(name);
            requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
          }
        }).observe(document, { subtree: true, childList: true });
      });
      await p.goto(server.resolvedUrls!.local[0]);
      await waitForMap(p);
      const table = await p.evaluate(() => performance.getEntriesByName('bench:table')[0]?.startTime ?? Number.NaN);
      const mapSeen = await p.evaluate(() => performance.now());
      rows.push(
        await p.evaluate(
          // No helper function inside: tsx would name it with a helper the page lacks.
          // A build without the marks (a baseline checkout) gives the map as seen ready.
          ([tableAt, mapAt]) => ({
            fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
            table: tableAt,
            areas: performance.getEntriesByName('bench:first-areas')[0]?.startTime ?? Number.NaN,
            map: performance.getEntriesByName('kraftsamla:map-ready')[0]?.startTime ?? mapAt,
          }),
          [table, mapSeen],
        ),
      );
      await p.close();
    }
    const column = (key: keyof (typeof rows)[number]) => `${median(rows.map((r) => r[key])).toFixed(0)} ms`;
    const outlined = readFileSync(resolve(outDir, 'index.html'), 'utf8').includes('first-paint-map');
    console.log(`första vyn, medianer av ${runs} kalla laddningar, Chromium med SwiftShader, 1920×1080:`);
    console.log(`  first contentful paint ${column('fcp')} (rubrik och Malmös kontur i index.html: ${outlined ? 'ja' : 'nej'}); rangordningen ${column('table')}; första ritade områden i klassfärg (SVG) ${column('areas')}; färglagd WebGL-karta ${column('map')}`);
    if (process.env.BENCH_ONLY === 'first-view') process.exit(0);
  }

  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(server.resolvedUrls!.local[0]);
  await waitForMap(page);
  const slider = page.locator('input[type="range"][data-var="trangboddhet"]');
  await slider.focus();
  const presses = 60;
  for (let i = 0; i < presses; i++) {
    // Up then down, so the ranking really changes and changes back.
    await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((n) => performance.getEntriesByName('kraftsamla:weight-to-paint').length >= n, i + 1);
  }
  const durations = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  console.log(`slider → new layers (index, React, deck.gl props), Chromium: ${summary(await durations('kraftsamla:weight-to-layers'))}`);
  console.log(`slider → repainted map, Chromium with SwiftShader (software GL): ${summary(await durations('kraftsamla:weight-to-paint'))}`);

  // 5. A year step against a weight step, in the same page (the baseline).
  const weightMedian = median(await durations('kraftsamla:weight-to-paint'));
  const scrubYears = async (p: Page, steps: number) => {
    await p.locator('body').focus();
    await p.evaluate(() => performance.clearMeasures());
    for (let i = 0; i < steps; i++) {
      // Back nine years and forward nine: every step changes the year.
      await p.keyboard.press(i % 18 < 9 ? '[' : ']');
      await p.waitForFunction((n) => performance.getEntriesByName('kraftsamla:year-to-paint').length >= n, i + 1, { timeout: 120_000 });
    }
    return p.evaluate(() => performance.getEntriesByName('kraftsamla:year-to-paint').map((e) => e.duration));
  };
  const yearSteps = await scrubYears(page, 36);
  console.log(`år → omritad karta ([ och ]), 136 delområden × 10 år, Chromium med SwiftShader: ${summary(yearSteps)}; mot reglage → karta i samma sida (utgångsläge, median ${weightMedian.toFixed(0)} ms): ${(median(yearSteps) / weightMedian).toFixed(2)}×`);

  // 3b. The same Monte Carlo in the app's worker, in Chromium.
  const workerFile = `assets/${readdirSync(resolve(outDir, 'assets')).find((f) => f.startsWith('simulationWorker'))}`;
  await timeWorker(page, workerFile, malmo, DEFAULT_RUN, 3);
  console.log(`Monte Carlo 10 000 dragningar, 136 delområden, i webbarbetaren (vikter):        ${summary(await timeWorker(page, workerFile, malmo, DEFAULT_RUN, 20))}`);
  console.log(`Monte Carlo 10 000 dragningar, 136 delområden, i webbarbetaren (allt påslaget): ${summary(await timeWorker(page, workerFile, malmo, EVERYTHING, 10))}`);
  console.log(`Monte Carlo 10 000 dragningar, 10 000 syntetiska områden, i webbarbetaren:      ${summary(await timeWorker(page, workerFile, syntheticModel, DEFAULT_RUN, 3))}`);

  // 4. Reading files, on a fresh page each (the previous file's variables would stay).
  const codes = parsed.value.areas.map((a) => a.code);
  // With a year column: a file without one would stop at the question which year it is.
  const head = 'delomrade_kod;delomrade_namn;ar;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard';
  const wideFile = (rows: number, extra: number) =>
    [
      `${head};${Array.from({ length: extra }, (_, i) => `v${i}`).join(';')}`,
      ...codes.slice(0, rows).map((c, r) => `${c};Namn;2024;1000;200;80;${10 + (r % 30)};5;15;${Array.from({ length: extra }, (_, i) => ((r * 7 + i * 13) % 1000) / 10).join(';')}`),
    ].join('\n');
  const centres = geo.delomraden.map((f) => turf.pointOnFeature(f).geometry.coordinates as [number, number]);
  const effortCsv = (n: number) =>
    ['id;namn;typ;ansvarig;omraden', ...Array.from({ length: n }, (_, i) => `E${i};Insats ${i};Fritid;FRN;${codes[i % codes.length]}`)].join('\n');
  const polygonFile = (vertices: number) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'P', namn: 'Stort område', typ: 'Fritid', ansvarig: 'FRN', omraden: '' }, geometry: turf.circle(centres[60], 1.2, { steps: vertices, units: 'kilometers' }).geometry }],
    });
  // Many detailed outlines, one per delområde and more: the area join dominates.
  const outlines = (n: number, vertices: number) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: n }, (_, i) => ({
        type: 'Feature',
        properties: { id: `P${i}`, namn: `Område ${i}`, typ: 'Fritid', ansvarig: 'FRN', omraden: '' },
        geometry: turf.circle(centres[i % centres.length], 0.3, { steps: vertices, units: 'kilometers' }).geometry,
      })),
    });
  const files: [string, string][] = [
    ['136 × 5 000 kolumner (vägras)', wideFile(136, 4991)],
    ['136 × 300 kolumner (störst tillåtna)', wideFile(136, 291)],
    ['136 × 100 kolumner', wideFile(136, 91)],
    ['insatser, 20 000 rader', effortCsv(20_000)],
    ['insatser, 50 000 rader (störst tillåtna)', effortCsv(50_000)],
    ['insats med polygon, 20 000 hörn', polygonFile(20_000)],
    ['250 polygoner med 1 500 hörn', outlines(250, 1500)],
  ];
  await page.close();

  // 5b. 10,000 synthetic areas × 10 years: a grid over Malmö served as the
  // delområden (the real 136 among them, so the bundled series still reads),
  // and the series loaded as ten yearly files through the file button.
  {
    const grid = syntheticGrid(10_000);
    const p = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await p.route('**/geo/delomraden.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(grid) }));
    await p.goto(`${server.resolvedUrls!.local[0]}?lay=`);
    await waitForMap(p);
    const yearDir = mkdtempSync(resolve(tmpdir(), 'kraftsamla-years-'));
    const yearFiles = Array.from({ length: 10 }, (_, y) => {
      const r = random(100 + y);
      const rows = grid.features.map((f, i) => `${f.properties.code};${1000 + (i % 500)};${200 + (i % 90)};${(60 + r() * 40 - y).toFixed(1)};${(r() * 40 + y).toFixed(1)};${(r() * 30).toFixed(1)};${(r() * 35).toFixed(1)}`);
      const path = resolve(yearDir, `syntetisk-${2015 + y}.csv`);
      writeFileSync(path, ['delomrade_kod;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard', ...rows].join('\n'));
      return path;
    });
    const loadStart = Date.now();
    await p.setInputFiles('[data-testid="indicator-file"]', yearFiles);
    await p.getByTestId('year-question').getByRole('button', { name: 'Läs in' }).click({ timeout: 300_000 });
    await p.locator('.notice').first().waitFor({ timeout: 120_000 });
    await waitForMap(p);
    const megabytes = yearFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
    console.log(`10 000 syntetiska områden × 10 årsfiler (${megabytes.toFixed(1)} MB): läsa in via knappen ${Date.now() - loadStart} ms; år: ${await p.getByTestId('year-shown').textContent()}`);
    const heap = await p.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(`  JS-heap i sidan med serien inläst: ${(heap / 1e6).toFixed(0)} MB`);
    await p.locator('input[type="range"][data-var="trangboddhet"]').focus();
    await p.evaluate(() => performance.clearMeasures());
    // Each step takes seconds here: a few of each are enough for a median.
    for (let i = 0; i < 5; i++) {
      await p.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await p.waitForFunction((n) => performance.getEntriesByName('kraftsamla:weight-to-paint').length >= n, i + 1, { timeout: 120_000 });
    }
    const weightSynthetic = await p.evaluate(() => performance.getEntriesByName('kraftsamla:weight-to-paint').map((e) => e.duration));
    const yearSynthetic = await scrubYears(p, 5);
    console.log(`år → omritad karta, 10 000 syntetiska områden × 10 år: ${summary(yearSynthetic)}; reglage → karta i samma sida (utgångsläge): ${summary(weightSynthetic)}; kvot ${(median(yearSynthetic) / median(weightSynthetic)).toFixed(2)}×`);
    await p.close();
  }

  // From disk, so Playwright hands the browser a path (as a user's file dialog
  // does) instead of building the File in the page from base64.
  const fileDir = mkdtempSync(resolve(tmpdir(), 'kraftsamla-bench-'));
  for (const [label, text] of files) {
    const path = resolve(fileDir, text.startsWith('{') ? 'f.geojson' : 'f.csv');
    writeFileSync(path, text);
    const p = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await p.goto(server.resolvedUrls!.local[0]);
    await waitForMap(p);
    // Warm up: the first frames after a load compile shaders for seconds in SwiftShader.
    await p.locator('input[type="range"][data-var="trangboddhet"]').focus();
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction(() => performance.getEntriesByName('kraftsamla:weight-to-paint').length >= 1);
    await p.evaluate(() => performance.clearMeasures());
    const start = Date.now();
    let loadMs = 0;
    const longest = await longestTask(p, async () => {
      await p.setInputFiles('[data-testid="indicator-file"]', path);
      // Waited for in the page with a MutationObserver: Playwright's own polling
      // forces a layout per poll, which on a large page is itself a long task.
      // (A string, so the bundler's name helpers do not leak into the page.)
      await p.evaluate(`new Promise((resolve) => {
        const done = () => document.querySelector('.notice') && document.querySelector('.map[data-state="ready"]');
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      })`);
      loadMs = Date.now() - start;
    });
    await p.evaluate(() => performance.clearMeasures());
    await p.locator('input[type="range"][data-var="trangboddhet"]').focus();
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction(() => performance.getEntriesByName('kraftsamla:weight-to-paint').length >= 1);
    const paint = await p.evaluate(() => performance.getEntriesByName('kraftsamla:weight-to-paint')[0].duration);
    const notice = (await p.locator('.notice li, .notice strong').first().textContent())?.slice(0, 90);
    console.log(`${label} (${(text.length / 1e6).toFixed(2)} MB): till meddelandet ${loadMs} ms, längsta huvudtrådsuppgift ${longest.toFixed(0)} ms, reglage → karta därefter ${paint.toFixed(0)} ms — ”${notice}”`);
    await p.close();
  }
} finally {
  await browser.close();
  await server.close();
  await beforeServer?.close();
}

// 4b. The join of one 20,000-vertex polygon, in Node: the app's (simplified above 200 vertices) against the exact one.
{
  const circle = turf.circle(turf.pointOnFeature(geo.delomraden[60]).geometry.coordinates, 1.2, { steps: 20_000, units: 'kilometers' });
  const time = (f: () => unknown, runs: number) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      f();
      samples.push(performance.now() - t);
    }
    return samples;
  };
  const exact = () =>
    geo.delomraden.filter((f) => {
      const overlap = turf.intersect(turf.featureCollection([f, circle]));
      return overlap !== null && turf.area(overlap) >= 0.05 * turf.area(f);
    });
  const exactTimes = time(exact, 3);
  const appTimes = time(() => geo.locator.covered(circle.geometry), 10);
  console.log(`polygon med 20 000 hörn mot delområdena, Node: exakt (utgångsläge) ${summary(exactTimes)}; appens ${summary(appTimes)}; kvot ${(median(exactTimes) / median(appTimes)).toFixed(0)}×`);
  console.log(`  samma områden: ${JSON.stringify(exact().map((f) => f.properties.code).sort()) === JSON.stringify(geo.locator.covered(circle.geometry).sort())}`);
}

// 5c. The year step in Node: the core of the derived view for the next
// year (index, ranks, classes, small-area flags), within-year and against a
// reference year; and the heap a parsed series holds.
{
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const context = { illustrative: true, knownAreas: geo.delomradeNames, defaultVariables: metadata.variables, populationColumns: metadata.populationColumns };
  const seriesText = read('data/indicators-series-example.csv');
  const heapOf = <T>(make: () => T): [T, number] => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const value = make();
    gc();
    return [value, process.memoryUsage().heapUsed - before];
  };
  const [series, seriesBytes] = heapOf(() => parseIndicatorText(seriesText, { ...context, fileName: 'serie.csv' }));
  if (!series.ok) throw new Error('series did not parse');
  console.log(`minne för inläst serie, 136 delområden × 10 år (${(seriesText.length / 1e3).toFixed(0)} kB CSV): ${(seriesBytes / 1e6).toFixed(2)} MB heap`);

  const gridGeo = buildGeography(syntheticGrid(10_000), JSON.parse(read('public/geo/geso.geojson')), JSON.parse(read('public/geo/proposed-areas.geojson')));
  // Ten yearly files: one file holds at most 50,000 rows.
  const yearTexts = Array.from({ length: 10 }, (_, y) => {
    const r = random(200 + y);
    const rows = [...gridGeo.delomradeNames.keys()].map((code) => `${code};1000;200;${(60 + r() * 40).toFixed(1)};${(r() * 40).toFixed(1)};${(r() * 30).toFixed(1)};${(r() * 35).toFixed(1)}`);
    return ['delomrade_kod;befolkning;befolkning_0_16;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard', ...rows].join('\n');
  });
  const [synthSeries, synthBytes] = heapOf(() =>
    combineYears(
      yearTexts.map((text, y) => {
        const part = parseIndicatorText(text, { ...context, knownAreas: gridGeo.delomradeNames, fileName: `s${2015 + y}.csv` });
        if (!part.ok) throw new Error('synthetic year did not parse');
        return { dataset: part.value, year: 2015 + y };
      }),
    ),
  );
  if (!synthSeries.ok) throw new Error('synthetic series did not combine');
  const synthMb = yearTexts.reduce((n, t) => n + t.length, 0) / 1e6;
  console.log(`minne för inläst serie, 10 000 syntetiska områden × 10 år (${synthMb.toFixed(1)} MB CSV i tio filer): ${(synthBytes / 1e6).toFixed(1)} MB heap`);

  const indexSettings = (d: typeof series.value) => d.variables.filter((v) => v.role !== 'outcome').map((v) => ({ key: v.key, weight: 25, direction: v.direction }));
  const inUse = new Set(['behorighet_yrkesprogram', 'trangboddhet', 'ekonomiskt_bistand', 'laginkomststandard']);
  const stepTimes = (d: typeof series.value, reference: number | null) => {
    const settings = indexSettings(d);
    const ref = reference === null ? undefined : d.byYear.get(reference)!;
    const samples: number[] = [];
    for (let i = 0; i < 38; i++) {
      const year = d.years[i % 19 < 10 ? 9 - (i % 10) : (i % 10)];
      const t = performance.now();
      const areas = d.byYear.get(year)!;
      const result = computeIndex(areas, { normalisation: 'zscore', settings }, ref);
      classify(result.scores.map((s) => s.index), 'quantile');
      areas.forEach((a) => reliabilityOf(a, d.variables, inUse));
      if (i >= 2) samples.push(performance.now() - t);
    }
    return samples;
  };
  console.log(`årssteg, index + klasser + små områden i Node, 136 × 10, inom varje år:       ${summary(stepTimes(series.value, null))}`);
  console.log(`årssteg, index + klasser + små områden i Node, 136 × 10, mot referensår 2024: ${summary(stepTimes(series.value, 2024))}`);
  console.log(`årssteg, index + klasser + små områden i Node, 10 000 × 10, inom varje år:    ${summary(stepTimes(synthSeries.value, null))}`);
  console.log(`årssteg, index + klasser + små områden i Node, 10 000 × 10, mot referensår:   ${summary(stepTimes(synthSeries.value, 2024))}`);
}
