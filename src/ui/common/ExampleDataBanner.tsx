import { useI18n } from '../i18n/I18nContext.ts';

/** Shown whenever illustrative data is loaded: nobody should mistake the
 * example values for Malmö's statistics. */
export function ExampleDataBanner() {
  const { t } = useI18n();
  return (
    <p className="example-banner" role="note" title={t.common.exampleDataLong}>
      <strong>{t.common.exampleData}</strong>
      <span>{t.common.exampleDataLong}</span>
    </p>
  );
}
