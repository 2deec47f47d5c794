/**
 * Everything that defines a view, as a URL query string, so a link restores
 * the view exactly. Decoding is strict: unknown keys and bad values are
 * ignored and reported, never applied, and values are only ever used as data.
 *
 * Format (version 1), all parameters optional:
 *   w=key:weight,…         weights 0–100 per variable key
 *   d=key:+|-,…            direction: + higher is more need, - the reverse
 *                          (a hand-typed + arrives as a space and is read as +)
 *   Inside a list, `%`, `,` and `:` of a key or an effort type are written
 *   %25, %2C and %3A (then URL-encoded as a whole), so any name survives.
 *   n=zscore|minmax|percentile   l=delomrade|geso   c=quantile|equal|stddev
 *   fix=1                  fixed class limits      sel=code   selected area
 *   lay=p,v,n,e            layers: proposed areas, chosen areas, names, efforts
 *   eh=type,…  ed=dept  ea=min-max  ey=from-to   effort filters
 *   map=lon,lat,zoom       lang=sv|en   vy=ranking|robustness|need-effort|scenarios
 *   top=N                  N in "top N"    col=index|probability   map colours
 *   us=small|medium|large|uniform   weight spread of the uncertainty analysis
 *   ud=n,s                 also draw the normalisation (n), sampling noise (s)
 *   ur=samples:seed        Monte Carlo size and seed
 *   ar=YYYY                the year shown (absent: the latest)
 *   ref=YYYY               normalise against this year (absent: within each year)
 *   jfr=YYYY               the change map's first year (absent: the first year)
 *   andr=rang|index|v:key  what the change map measures
 *   fu=code,…  fus=YYYY  fuk=N  fun=name   the follow-up set: areas, start
 *                          year, size of the comparison group, name
 *   beslut=id-rev          a revision of the decision record (read by
 *                          appState.ts, not part of the view)
 */
import { MAX_REPORTED_ISSUES } from '../../data/readTable.ts';
import { NORMALISATIONS } from '../../index/normalise.ts';
import { maxTopN } from '../../index/topN.ts';
import { WEIGHT_SPREADS } from '../../index/uncertainty/weightSpread.ts';
import { CLASSIFICATION_METHODS } from '../../map/classify.ts';
import { MAX_COMPARISON_SIZE } from '../../followup/followUpSet.ts';
import { MAX_NAME } from './scenarioStore.ts';
import { DECISION_PARAM } from './decisionStore.ts';
import { LANGUAGES, LEVELS, MAP_COLOURS, MAP_LAYERS, RESULTS_VIEWS, SAMPLE_CHOICES, type MapLayer, type ViewState } from './view.ts';

/** One letter per map layer in `lay=`. */
const LAYER_CODES: Record<MapLayer, string> = { proposed: 'p', chosen: 'v', labels: 'n', efforts: 'e' };

export interface DecodeContext {
  variableKeys: ReadonlySet<string>;
  areaCodes: ReadonlySet<string>;
  /** GeSO codes, for a selection at GeSO level. */
  gesoCodes: ReadonlySet<string>;
  /** The data's years. */
  years: ReadonlySet<number>;
}

const KNOWN = new Set(['w', 'd', 'n', 'l', 'c', 'fix', 'sel', 'lay', 'eh', 'ed', 'ea', 'ey', 'map', 'lang', 'vy', 'top', 'col', 'us', 'ud', 'ur', 'ar', 'ref', 'jfr', 'andr', 'fu', 'fus', 'fuk', 'fun', DECISION_PARAM]);
/** Longer values are not something this app wrote. */
const MAX_VALUE_LENGTH = 2000;
const MAX_REPORT_LENGTH = 40;

/** Most rejected parts listed: a hostile link gave 10,000 notices. */
const MAX_IGNORED = MAX_REPORTED_ISSUES;

/** A list item (variable key, effort type) with the list's own separators escaped. */
const escapeItem = (item: string) => item.replace(/[%,:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeItem = (item: string) => item.replace(/%(25|2C|3A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
/** A decimal number as this app writes it: no hex, no exponent, no empty part. */
const DECIMAL = /^-?\d{1,3}(\.\d{1,6})?$/;

export function encodeView(view: ViewState, defaults: ViewState): string {
  const p = new URLSearchParams();
  const keys = Object.keys(view.weights);
  if (keys.some((k) => view.weights[k] !== defaults.weights[k])) p.set('w', keys.map((k) => `${escapeItem(k)}:${view.weights[k]}`).join(','));
  const flipped = keys.filter((k) => view.directions[k] !== defaults.directions[k]);
  if (flipped.length > 0) p.set('d', flipped.map((k) => `${escapeItem(k)}:${view.directions[k] === 'higher-is-more-need' ? '+' : '-'}`).join(','));
  if (view.normalisation !== defaults.normalisation) p.set('n', view.normalisation);
  if (view.level !== defaults.level) p.set('l', view.level);
  if (view.classification !== defaults.classification) p.set('c', view.classification);
  if (view.fixedClasses) p.set('fix', '1');
  if (view.selected) p.set('sel', view.selected);
  const layers = MAP_LAYERS.filter((l) => view.layers[l]).map((l) => LAYER_CODES[l]).join(',');
  const defaultLayers = MAP_LAYERS.filter((l) => defaults.layers[l]).map((l) => LAYER_CODES[l]).join(',');
  if (layers !== defaultLayers) p.set('lay', layers);
  const f = view.effortFilter;
  if (f.hiddenTypes.length > 0) p.set('eh', f.hiddenTypes.map(escapeItem).join(','));
  if (f.department) p.set('ed', f.department);
  if (f.ages) p.set('ea', `${f.ages[0]}-${f.ages[1]}`);
  if (f.fromYear !== null || f.toYear !== null) p.set('ey', `${f.fromYear ?? ''}-${f.toYear ?? ''}`);
  if (view.map) p.set('map', `${view.map.lon.toFixed(5)},${view.map.lat.toFixed(5)},${view.map.zoom.toFixed(2)}`);
  if (view.language !== defaults.language) p.set('lang', view.language);
  if (view.resultsView !== defaults.resultsView) p.set('vy', view.resultsView);
  if (view.topN !== defaults.topN) p.set('top', String(view.topN));
  if (view.mapColour !== defaults.mapColour) p.set('col', view.mapColour);
  const u = view.uncertainty;
  const du = defaults.uncertainty;
  if (u.spread !== du.spread) p.set('us', u.spread);
  const draws = [u.drawNormalisation && 'n', u.samplingNoise && 's'].filter(Boolean).join(',');
  if (draws !== '') p.set('ud', draws);
  if (u.samples !== du.samples || u.seed !== du.seed) p.set('ur', `${u.samples}:${u.seed}`);
  if (view.year !== null) p.set('ar', String(view.year));
  if (view.referenceYear !== null) p.set('ref', String(view.referenceYear));
  if (view.changeFrom !== null) p.set('jfr', String(view.changeFrom));
  const measure = measureCode(view.changeMeasure);
  if (measure !== measureCode(defaults.changeMeasure)) p.set('andr', measure);
  const set = view.followUp;
  const ds = defaults.followUp;
  if (set.codes.join(',') !== ds.codes.join(',')) p.set('fu', set.codes.join(','));
  if (set.startYear !== ds.startYear) p.set('fus', String(set.startYear));
  if (set.comparisonSize !== ds.comparisonSize) p.set('fuk', String(set.comparisonSize));
  if (set.name !== ds.name) p.set('fun', set.name);
  return p.toString();
}

export interface Decoded {
  view: ViewState;
  /** Parameters that were not used, as `name=value` shortened for display (the first ones). */
  ignored: string[];
  /** How many parts were not used in all. */
  ignoredCount: number;
}

export function decodeView(query: string, defaults: ViewState, context: DecodeContext): Decoded {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const view: ViewState = structuredClone(defaults);
  const ignored: string[] = [];
  let ignoredCount = 0;
  const ignore = (name: string, value: string) => {
    // Counted beyond the cap, so the notice can say how many more.
    if (ignoredCount++ < MAX_IGNORED) ignored.push(shorten(`${name}=${value}`));
  };
  const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[], apply: (v: T) => void) =>
    (allowed as readonly string[]).includes(value) ? apply(value as T) : ignore(name, value);

  for (const [name, value] of params) {
    if (!KNOWN.has(name) || value.length > MAX_VALUE_LENGTH) {
      ignore(name, value);
      continue;
    }
    switch (name) {
      case 'w':
        for (const pair of value.split(',')) {
          const parts = pair.split(':');
          const [key, raw] = [unescapeItem(parts[0]), parts[1]];
          const weight = Number(raw);
          if (parts.length === 2 && context.variableKeys.has(key) && /^\d{1,3}(\.\d+)?$/.test(raw) && weight <= 100) view.weights = { ...view.weights, [key]: weight };
          else ignore('w', pair);
        }
        break;
      case 'd':
        for (const pair of value.split(',')) {
          const parts = pair.split(':');
          const key = unescapeItem(parts[0]);
          // URLSearchParams reads a typed + as a space.
          const sign = parts[1] === ' ' ? '+' : parts[1];
          if (parts.length === 2 && context.variableKeys.has(key) && (sign === '+' || sign === '-')) {
            view.directions = { ...view.directions, [key]: sign === '+' ? 'higher-is-more-need' : 'lower-is-more-need' };
          } else ignore('d', pair);
        }
        break;
      case 'n':
        oneOf(name, value, NORMALISATIONS, (v) => (view.normalisation = v));
        break;
      case 'l':
        oneOf(name, value, LEVELS, (v) => (view.level = v));
        break;
      case 'c':
        oneOf(name, value, CLASSIFICATION_METHODS, (v) => (view.classification = v));
        break;
      case 'fix':
        oneOf(name, value, ['1', '0'], (v) => (view.fixedClasses = v === '1'));
        break;
      case 'sel':
        // Checked against the level after all parameters are read.
        view.selected = value;
        break;
      case 'lay': {
        const flags = value === '' ? [] : value.split(',');
        if (flags.every((f) => Object.values(LAYER_CODES).includes(f))) {
          for (const layer of MAP_LAYERS) view.layers[layer] = flags.includes(LAYER_CODES[layer]);
        } else ignore(name, value);
        break;
      }
      case 'eh':
        view.effortFilter.hiddenTypes = value
          .split(',')
          .filter((t) => t.trim() !== '')
          .map(unescapeItem);
        break;
      case 'ed':
        view.effortFilter.department = value;
        break;
      case 'ea': {
        const m = /^(\d{1,3})-(\d{1,3})$/.exec(value);
        if (m && Number(m[1]) <= Number(m[2])) view.effortFilter.ages = [Number(m[1]), Number(m[2])];
        else ignore(name, value);
        break;
      }
      case 'ey': {
        const m = /^(\d{4})?-(\d{4})?$/.exec(value);
        if (m) {
          view.effortFilter.fromYear = m[1] ? Number(m[1]) : null;
          view.effortFilter.toYear = m[2] ? Number(m[2]) : null;
        } else ignore(name, value);
        break;
      }
      case 'map': {
        const parts = value.split(',');
        const [lon, lat, zoom] = parts.map(Number);
        const inRange = parts.length === 3 && parts.every((x) => DECIMAL.test(x)) && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
        if (inRange) view.map = { lon, lat, zoom };
        else ignore(name, value);
        break;
      }
      case 'lang':
        oneOf(name, value, LANGUAGES, (v) => (view.language = v));
        break;
      case 'vy':
        oneOf(name, value, RESULTS_VIEWS, (v) => (view.resultsView = v));
        break;
      case 'top':
        if (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= maxTopN(context.areaCodes.size)) view.topN = Number(value);
        else ignore(name, value);
        break;
      case 'col':
        oneOf(name, value, MAP_COLOURS, (v) => (view.mapColour = v));
        break;
      case 'us':
        oneOf(name, value, WEIGHT_SPREADS, (v) => (view.uncertainty.spread = v));
        break;
      case 'ud': {
        const flags = value.split(',');
        if (flags.every((f) => f === 'n' || f === 's')) {
          view.uncertainty.drawNormalisation = flags.includes('n');
          view.uncertainty.samplingNoise = flags.includes('s');
        } else ignore(name, value);
        break;
      }
      case 'ar':
      case 'ref':
      case 'jfr':
        if (/^\d{4}$/.test(value)) view[name === 'ar' ? 'year' : name === 'ref' ? 'referenceYear' : 'changeFrom'] = Number(value);
        else ignore(name, value);
        break;
      case 'andr':
        if (value === 'rang' || value === 'index') view.changeMeasure = value === 'rang' ? 'rank' : 'index';
        else if (value.startsWith('v:') && context.variableKeys.has(unescapeItem(value.slice(2)))) view.changeMeasure = { variable: unescapeItem(value.slice(2)) };
        else ignore(name, value);
        break;
      case 'fu': {
        const codes = value === '' ? [] : value.split(',');
        const known = codes.filter((c) => context.areaCodes.has(c));
        codes.filter((c) => !context.areaCodes.has(c)).forEach((c) => ignore(name, c));
        view.followUp.codes = [...new Set(known)];
        break;
      }
      case 'fus':
        if (/^\d{4}$/.test(value) && Number(value) >= 1950 && Number(value) <= 2100) view.followUp.startYear = Number(value);
        else ignore(name, value);
        break;
      case 'fuk':
        if (/^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_COMPARISON_SIZE) view.followUp.comparisonSize = Number(value);
        else ignore(name, value);
        break;
      case 'fun':
        if (value.trim() !== '' && value.length <= MAX_NAME) view.followUp.name = value.trim();
        else ignore(name, value);
        break;
      case 'ur': {
        const m = /^(\d{1,6}):(\d{1,10})$/.exec(value);
        const samples = Number(m?.[1]);
        const seed = Number(m?.[2]);
        if (m && (SAMPLE_CHOICES as readonly number[]).includes(samples) && seed <= 0xffffffff) view.uncertainty = { ...view.uncertainty, samples, seed };
        else ignore(name, value);
        break;
      }
    }
  }
  const selectable = view.level === 'delomrade' ? context.areaCodes : context.gesoCodes;
  // A year the data lacks: the link was made on other data.
  for (const [param, field] of [['ar', 'year'], ['ref', 'referenceYear'], ['jfr', 'changeFrom']] as const) {
    const year = view[field];
    if (year !== null && !context.years.has(year)) {
      ignore(param, String(year));
      view[field] = null;
    }
  }
  if (view.selected !== null && !selectable.has(view.selected)) {
    ignore('sel', view.selected);
    view.selected = null;
  }
  return { view, ignored, ignoredCount };
}

function measureCode(measure: ViewState['changeMeasure']): string {
  return measure === 'rank' ? 'rang' : measure === 'index' ? 'index' : `v:${escapeItem(measure.variable)}`;
}

function shorten(text: string): string {
  return text.length > MAX_REPORT_LENGTH ? `${text.slice(0, MAX_REPORT_LENGTH)}…` : text;
}
