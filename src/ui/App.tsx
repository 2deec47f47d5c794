import { useEffect, useState } from 'react';
import { bundledIndicators, datasetMetadata, defaultVariables, populationColumns } from '../data/bundledData.ts';
import { fetchGeography, type Geography } from '../data/geography.ts';
import { parseIndicatorText, type IndicatorDataset } from '../data/parseIndicators.ts';
import { Workspace } from './Workspace.tsx';
import { sv } from './i18n/sv.ts';

type Boot = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; geography: Geography; dataset: IndicatorDataset };

/** Loads the geometry and the bundled example data, then hands over. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  useEffect(() => {
    fetchGeography(import.meta.env.BASE_URL)
      .then((geography) => {
        const parsed = parseIndicatorText(bundledIndicators.text, {
          fileName: bundledIndicators.fileName,
          illustrative: datasetMetadata.illustrative,
          knownAreas: geography.delomradeNames,
          defaultVariables,
          populationColumns,
        });
        if (!parsed.ok) throw new Error(`${bundledIndicators.fileName}: ${parsed.errors.length} fel`);
        setBoot({ phase: 'ready', geography, dataset: parsed.value });
      })
      .catch((error: unknown) => setBoot({ phase: 'failed', message: String(error) }));
  }, []);

  if (boot.phase === 'loading') return <p className="boot">{sv.loading}</p>;
  if (boot.phase === 'failed') {
    return (
      <p className="boot" role="alert">
        {sv.loadingFailed} {boot.message}
      </p>
    );
  }
  return <Workspace geography={boot.geography} initialDataset={boot.dataset} />;
}
