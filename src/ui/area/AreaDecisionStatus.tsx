import type { AreaDecision } from '../../decision/types.ts';
import { useI18n } from '../i18n/I18nContext.ts';

/** The shown area's place in the steering group's selection, with the button (and key V) that changes it. */
export function AreaDecisionStatus({ area, name, onToggle }: { area: AreaDecision | undefined; name: string; onToggle: () => void }) {
  const { t } = useI18n();
  const d = t.decision;
  const chosen = area?.status === 'chosen';
  return (
    <div className="area-decision" data-testid="area-decision" data-status={area?.status ?? 'none'}>
      <span>
        {d.selectionStatus}: <strong>{area ? d.statuses[area.status] : d.notListed}</strong>
      </span>
      <button type="button" aria-pressed={chosen} onClick={onToggle} aria-keyshortcuts="V" data-testid="toggle-chosen">
        {chosen ? d.unchoose(name) : d.chooseArea(name)} <kbd>V</kbd>
      </button>
    </div>
  );
}
