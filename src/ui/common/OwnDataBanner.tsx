import { useI18n } from '../i18n/I18nContext.ts';

/** In the example banner's place once the user's own file is loaded: says
 * whose data the map shows, and keeps the header's height, so loading a file
 * does not resize the map (a canvas resize stalls on a software GPU). */
export function OwnDataBanner({ fileName }: { fileName: string }) {
  const { t } = useI18n();
  return (
    <p className="own-data-banner" role="note" data-testid="own-data">
      <strong>{t.common.ownData(fileName)}</strong>
      <span>{t.common.ownDataLong}</span>
    </p>
  );
}
