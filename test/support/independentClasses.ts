/**
 * The map's class per delområde worked out without the app's code, straight
 * from the CSV: z-scores with the population SD, behörighet turned round,
 * the weighted mean, no index when a weighted value is missing, and five
 * quantile classes with the interpolated quantiles (R-7, as d3 and
 * spreadsheets compute them). Browser tests compare the map with this, not
 * only with the app's own table.
 */
const LOWER_IS_MORE_NEED = new Set(['behorighet_yrkesprogram']);

export function independentClasses(csv: string, weights: Record<string, number>): Record<string, number | 'missing'> {
  const [header, ...lines] = csv.replace(/^\ufeff/, '').trim().split(/\r?\n/);
  const columns = header.split(';');
  const rows = lines.map((l) => Object.fromEntries(l.split(';').map((cell, i) => [columns[i], cell])));
  const number = (cell: string) => (cell === '' || cell === '..' ? null : Number(cell.replace(/\s/g, '').replace(',', '.')));
  const keys = Object.keys(weights).filter((k) => weights[k] > 0);
  const z: Record<string, Map<string, number>> = {};
  for (const key of keys) {
    const values = rows.map((r) => [r.delomrade_kod, number(r[key])] as const).filter((p): p is [string, number] => p[1] !== null);
    const mean = values.reduce((s, [, v]) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, [, v]) => s + (v - mean) ** 2, 0) / values.length);
    const sign = LOWER_IS_MORE_NEED.has(key) ? -1 : 1;
    z[key] = new Map(values.map(([code, v]) => [code, sd === 0 ? 0 : (sign * (v - mean)) / sd]));
  }
  const total = keys.reduce((s, k) => s + weights[k], 0);
  const index = new Map<string, number | null>(
    rows.map((r) => {
      const parts = keys.map((k) => z[k].get(r.delomrade_kod));
      const known = parts.every((p) => p !== undefined);
      return [r.delomrade_kod, known ? parts.reduce((sum: number, p, i) => sum + (p! * weights[keys[i]]) / total, 0) : null] as const;
    }),
  );
  const sorted = [...index.values()].filter((v): v is number => v !== null).sort((a, b) => a - b);
  const quantile = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    return sorted[lo] + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]) - sorted[lo]);
  };
  const thresholds = [0.2, 0.4, 0.6, 0.8].map(quantile);
  return Object.fromEntries([...index].map(([code, v]) => [code, v === null ? 'missing' : thresholds.filter((t) => v >= t).length]));
}
