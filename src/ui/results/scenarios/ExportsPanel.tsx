import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RefObject } from 'react';
import { download } from '../../common/download.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import { exportMapPng } from '../../map/exportMapPng.ts';
import { mapImageText, type MapImageInput } from '../../map/mapImageText.ts';
import { rankingCsv } from '../exports.ts';

interface Props extends Omit<MapImageInput, 'zoom' | 'derived'> {
  derived: MapImageInput['derived'] & Parameters<typeof rankingCsv>[0];
  mapRef: RefObject<MaplibreMap | null>;
}

/** The ranking as CSV and the map as a PNG that explains itself. */
export function ExportsPanel({ mapRef, ...input }: Props) {
  const i18n = useI18n();
  const { t } = i18n;

  const exportPng = async () => {
    const map = mapRef.current;
    if (!map) return;
    const blob = await exportMapPng(map, mapImageText({ ...input, zoom: map.getZoom() }, i18n));
    download(t.common.fileNames.mapPng, blob);
  };

  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t.scenarios.exportTitle}</h2>
      <div className="button-row">
        <button type="button" onClick={() => download(t.common.fileNames.rankingCsv, rankingCsv(input.derived, input.dataset.variables, t.common.csvHeaders), 'text/csv;charset=utf-8')}>
          {t.scenarios.exportCsv}
        </button>
        <button type="button" onClick={() => void exportPng()} data-testid="export-png">
          {t.scenarios.exportPng}
        </button>
      </div>
    </section>
  );
}
