import { useEffect, useState } from 'react';
import { isProblem } from '../../decision/readJson.ts';
import { parseRecordFile } from '../../decision/recordFile.ts';
import { publishedRevision } from '../../decision/revisions.ts';
import type { DecisionRevision } from '../../decision/types.ts';
import { readStoredDecision } from '../state/useBrowserStorage.ts';

/** Where the city puts an exported decision record to publish it: beside index.html. */
export const PUBLISHED_FILE = 'beslut.json';

export type PublishedDecision = { revision: DecisionRevision; preview: boolean } | null;

/**
 * The decision the public page shows: the latest published revision in
 * `beslut.json` on the site's own origin, or, where there is none, one
 * published in this browser – shown as a preview only its user sees.
 */
export function usePublishedDecision(baseUrl: string): PublishedDecision {
  const [published, setPublished] = useState<PublishedDecision>(() => {
    const local = readStoredDecision().value;
    const revision = publishedRevision(local?.record ?? null);
    return revision ? { revision, preview: true } : null;
  });
  useEffect(() => {
    let cancelled = false;
    fetch(`${baseUrl}${PUBLISHED_FILE}`, { cache: 'no-cache' })
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => {
        if (cancelled || text === null) return;
        const record = parseRecordFile(text);
        const revision = isProblem(record) ? null : publishedRevision(record);
        if (revision) setPublished({ revision, preview: false });
      })
      // No file (or not one of ours): the page shows what it has.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [baseUrl]);
  return published;
}
