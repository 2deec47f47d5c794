import { useEffect, useState } from 'react';
import { bundledEfforts, bundledIndicators, datasetMetadata, defaultVariables, populationColumns } from '../data/bundledData.ts';
import { parseEffortCsv } from '../data/parseEfforts.ts';
import type { EffortDataset } from '../efforts/types.ts';
import { fetchGeography, type Geography } from '../data/geography.ts';
import { parseIndicatorText, type IndicatorDataset } from '../data/parseIndicators.ts';
import { AccessibilityStatement } from './AccessibilityStatement.tsx';
import { PublicPage } from './PublicPage.tsx';
import { useRoute } from './route.ts';
import { Workspace } from './Workspace.tsx';
import { sv } from './i18n/sv.ts';

type Boot = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; geography: Geography; dataset: IndicatorDataset; efforts: EffortDataset };

/** Loads the geometry and the bundled example data, then hands over. */
export function App() {
  const route = useRoute();
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
        const efforts = parseEffortCsv(bundledEfforts.text, {
          fileName: bundledEfforts.fileName,
          illustrative: bundledEfforts.illustrative,
          knownAreas: geography.delomradeNames,
          locate: geography.locator.locate,
        });
        if (!efforts.ok) throw new Error(`${bundledEfforts.fileName}: ${efforts.errors.length} fel`);
        setBoot({ phase: 'ready', geography, dataset: parsed.value, efforts: efforts.value });
      })
      .catch((error: unknown) => setBoot({ phase: 'failed', message: String(error) }));
  }, []);

  if (route === 'accessibility') return <AccessibilityStatement />;
  if (boot.phase === 'loading') return <p className="boot">{sv.loading}</p>;
  if (boot.phase === 'failed') {
    return (
      <p className="boot" role="alert">
        {sv.loadingFailed} {boot.message}
      </p>
    );
  }
  if (route === 'public') return <PublicPage geography={boot.geography} dataset={boot.dataset} efforts={boot.efforts} />;
  return (
    <Workspace
      geography={boot.geography}
      initialDataset={boot.dataset}
      initialEfforts={boot.efforts}
      presentation={route === 'workshop'}
    />
  );
}
