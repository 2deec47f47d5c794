import { useI18n } from '../i18n/I18nContext.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';

/** The efforts that reach an area, with counts by type and known cost. */
export function AreaEfforts({ code, view, onSelectEffort }: { code: string; view: DerivedView; onSelectEffort?: (id: string) => void }) {
  const { t, number, effortType } = useI18n();
  const efforts = view.effortsByCode.get(code) ?? [];
  const count = view.effortCounts.get(code);
  return (
    <div className="area-efforts" data-testid="area-efforts">
      <h3>
        {t.efforts.effortsInArea} ({efforts.length})
      </h3>
      {efforts.length === 0 || !count ? (
        <p className="muted">{t.efforts.noEffortsInArea}</p>
      ) : (
        <>
          <p className="muted">
            {Object.entries(count.byType)
              .map(([type, n]) => `${effortType(type)} ${n}`)
              .join(' · ')}
            <br />
            {t.efforts.knownCost(`${number(count.knownCostKr, 0)} kr`, count.costUnknown)}
            {count.perThousandChildren !== null && ` · ${number(count.perThousandChildren, 1)} ${t.efforts.perThousandChildren}`}
          </p>
          <ul className="effort-list">
            {efforts.map((e) => (
              <li key={e.id}>
                {onSelectEffort ? (
                  <button type="button" className="link" onClick={() => onSelectEffort(e.id)}>
                    {e.name}
                  </button>
                ) : (
                  e.name
                )}{' '}
                <span className="muted">
                  {effortType(e.type)}, {e.owner}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
