// Installs the locked dependencies when they are missing or older than the
// lock file, so `npm start` and `npm test` work straight after a fresh clone.
// `npm install` rather than `npm ci`: npm 11 leaves the other platforms'
// optional binaries of msgpackr-extract (via mapshaper) out of the lock file
// and `npm ci` then refuses it; `npm install` still installs the locked versions.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installerar beroenden…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
