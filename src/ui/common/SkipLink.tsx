import { useI18n } from '../i18n/I18nContext.ts';

/**
 * "Skip to the ranking" for keyboard and screen-reader users. It moves focus
 * itself instead of changing the URL hash, which names the page (route.ts).
 */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href="#ranking"
      onClick={(e) => {
        e.preventDefault();
        const target = document.getElementById('ranking');
        target?.focus();
        target?.scrollIntoView({ block: 'start' });
      }}
    >
      {t.common.skipToTable}
    </a>
  );
}
