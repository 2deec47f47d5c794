/**
 * Build-time pipeline: copy the example indicator file from ../shared/data into
 * data/ so the repository works on its own. The app parses it at start-up with
 * the very parser that handles users' own files, so the bundled data takes no
 * shortcut past validation.
 *
 *   npm run build:data [-- --indicators PATH]
 */
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const flag = process.argv.indexOf('--indicators');
const indicators = flag >= 0 ? resolve(process.argv[flag + 1]) : resolve(root, '../shared/data/indicators-example.csv');

copyFileSync(indicators, resolve(root, 'data/indicators-example.csv'));
console.log(`data/indicators-example.csv ← ${indicators}`);
