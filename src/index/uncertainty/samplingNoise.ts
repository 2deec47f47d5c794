/**
 * Sampling error of a rate. A share p observed among n people has binomial
 * standard error √(p(1 − p)/n): a rate from 300 people is far less certain
 * than one from 9,000. Near 0 % and 100 % that formula claims certainty it
 * does not have (a rate of 0 % among 40 people is no proof of 0 %), so p is
 * first shrunk to (x + ½)/(n + 1), which keeps the error above zero.
 */
export function rateStandardErrorPp(percent: number, sampleSize: number): number {
  if (!(sampleSize > 0)) return 0;
  const p = (Math.min(100, Math.max(0, percent)) / 100) * sampleSize;
  const adjusted = (p + 0.5) / (sampleSize + 1);
  return 100 * Math.sqrt((adjusted * (1 - adjusted)) / sampleSize);
}

/** A redrawn rate (normal approximation) is kept within 0–100 %. */
export function clampRate(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}
