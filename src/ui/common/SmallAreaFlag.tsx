import type { Reliability } from '../../index/uncertainty/reliability.ts';
import { useI18n } from '../i18n/I18nContext.ts';

/** "Litet underlag": the area's rates rest on too few people to be stable. */
export function SmallAreaFlag({ reliability }: { reliability: Reliability | undefined }) {
  const { t, number } = useI18n();
  if (!reliability?.unreliable) return null;
  const why = reliability.marginPp === null ? t.robustness.smallAreaUnknown : t.robustness.smallAreaHelp(number(reliability.marginPp, 0));
  return (
    <span className="flag-small" title={why} data-testid="small-area-flag">
      {t.robustness.smallArea}
      <span className="visually-hidden">: {why}</span>
    </span>
  );
}
