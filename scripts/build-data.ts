/**
 * Build-time pipeline: copy the example indicator files (one year, and the yearly series 2015–2024) and the effort file from ../shared/data into
 * data/ so the repository works on its own. The app parses it at start-up with
 * the very parser that handles users' own files, so the bundled data takes no
 * shortcut past validation.
 *
 *   npm run build:data [-- --indicators PATH --efforts PATH --series PATH]
 */
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const argument = (name: string, file: string) => {
  const flag = process.argv.indexOf(`--${name}`);
  return flag >= 0 ? resolve(process.argv[flag + 1]) : resolve(root, '../shared/data', file);
};

for (const [name, file] of [
  ['indicators', 'indicators-example.csv'],
  ['efforts', 'efforts-example.csv'],
  ['series', 'indicators-series-example.csv'],
] as const) {
  const source = argument(name, file);
  copyFileSync(source, resolve(root, 'data', file));
  console.log(`data/${file} ← ${source}`);
}
