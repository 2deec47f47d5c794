/*
 * The page a city analyst would otherwise build (issue 13's baseline): a
 * Leaflet GeoJSON choropleth of the delområden with the same four weight
 * sliders and a 136-row ranking table, recoloured with setStyle on every
 * input. Plain JavaScript, no bundler: what "the simple way" costs.
 * The renderer ("canvas" or "svg") comes from the script tag.
 */
/* global L */
const renderer = document.currentScript.dataset.renderer;
const COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

function parseNumber(text) {
  const n = Number(String(text).replace(',', '.'));
  return text === '' || !Number.isFinite(n) ? null : n;
}

function parseCsv(text, keys) {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const columns = head.split(';');
  return lines.map((line) => {
    const cells = line.split(';');
    const at = (name) => cells[columns.indexOf(name)];
    return { code: at('delomrade_kod'), name: at('delomrade_namn'), values: Object.fromEntries(keys.map((k) => [k, parseNumber(at(k))])) };
  });
}

/** z-scores with need pointing up, per variable. */
function standardise(areas, variables) {
  const z = new Map(areas.map((a) => [a.code, {}]));
  for (const v of variables) {
    const xs = areas.map((a) => a.values[v.key]).filter((x) => x !== null);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length) || 1;
    const sign = v.direction === 'lower-is-more-need' ? -1 : 1;
    for (const a of areas) z.get(a.code)[v.key] = a.values[v.key] === null ? null : (sign * (a.values[v.key] - mean)) / sd;
  }
  return z;
}

Promise.all([
  fetch('../geo/delomraden.geojson').then((r) => r.json()),
  fetch('indicators.csv').then((r) => r.text()),
  fetch('variables.json').then((r) => r.json()),
]).then(([geo, csv, metadata]) => {
  const variables = metadata.variables.filter((v) => v.role !== 'outcome');
  const areas = parseCsv(csv, variables.map((v) => v.key));
  const z = standardise(areas, variables);
  const weights = Object.fromEntries(variables.map((v) => [v.key, 25]));

  const sliders = document.getElementById('sliders');
  sliders.innerHTML = variables
    .map((v) => `<label>${v.label.sv} <output id="out-${v.key}">25</output><input type="range" min="0" max="100" value="25" data-var="${v.key}"></label>`)
    .join('');

  let classOf = new Map();
  function compute() {
    const total = variables.reduce((s, v) => s + weights[v.key], 0) || 1;
    const scored = areas.map((a) => {
      let sum = 0;
      let w = 0;
      for (const v of variables) {
        const x = z.get(a.code)[v.key];
        if (x === null) continue;
        sum += weights[v.key] * x;
        w += weights[v.key];
      }
      return { ...a, index: w ? sum / w : null, share: w / total };
    });
    const ranked = scored.filter((a) => a.index !== null).sort((a, b) => b.index - a.index);
    classOf = new Map(ranked.map((a, i) => [a.code, COLOURS.length - 1 - Math.floor((i * COLOURS.length) / ranked.length)]));
    return ranked;
  }

  const tbody = document.querySelector('.ranking tbody');
  const style = (feature) => {
    const c = classOf.get(String(feature.properties.code));
    return { fillColor: c === undefined ? '#d6d6d6' : COLOURS[c], fillOpacity: 0.85, color: '#fff', weight: 1 };
  };

  function render() {
    const ranked = compute();
    layer.setStyle(style);
    tbody.innerHTML = ranked
      .map((a, i) => `<tr><td>${i + 1}</td><td>${a.name}</td><td>${a.index.toFixed(2)}</td></tr>`)
      .join('');
  }

  const map = L.map('map', { renderer: renderer === 'svg' ? L.svg() : L.canvas(), zoomSnap: 0.25 });
  compute();
  const layer = L.geoJSON(geo, { style }).addTo(map);
  map.fitBounds(layer.getBounds());
  render();
  sliders.addEventListener('input', (event) => {
    const key = event.target.dataset.var;
    weights[key] = Number(event.target.value);
    document.getElementById(`out-${key}`).textContent = event.target.value;
    render();
  });
  // On screen two frames after it was drawn, as the bench marks every page.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:coloured-map')));
});
