/** How long texts and lists in a decision may be: enough for a meeting, too little to stall a page. */
export const LIMITS = {
  title: 200,
  errand: 100,
  proposal: 1000,
  reason: 2000,
  note: 4000,
  linkTitle: 200,
  url: 2000,
  areas: 400,
  links: 20,
  revisions: 200,
} as const;

/** A delområde code as the map has them. */
export const AREA_CODE = /^[0-9A-Za-z]{1,12}$/;

/** An ISO time as this app writes it (savedAt of scenarios and revisions). */
export const SAVED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** Variable keys are column names: a few hundred at most. */
export const MAX_KEYS = 400;

/** A link a reader may follow: http or https, nothing that runs (javascript:, data:). */
export function safeUrl(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > LIMITS.url) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Text as typed: trimmed and cut to its limit. */
export const clip = (text: string, limit: number) => text.trim().slice(0, limit);
