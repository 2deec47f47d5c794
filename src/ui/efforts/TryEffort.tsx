import { useState, type Dispatch } from 'react';
import { checkCriteria } from '../../efforts/criteria.ts';
import { CriteriaList } from './CriteriaList.tsx';
import { useI18n } from '../i18n/I18nContext.ts';
import type { EffortsAction } from '../state/slices/efforts.ts';

/** Check a proposed effort against the model's criteria before it is decided. */
export function TryEffort({ minCostKr, dispatch }: { minCostKr: number; dispatch: Dispatch<EffortsAction> }) {
  const { t } = useI18n();
  const [owner, setOwner] = useState('');
  const [partners, setPartners] = useState('');
  const [uvas, setUvas] = useState('');
  const [preventive, setPreventive] = useState(false);
  const [cost, setCost] = useState('');
  const costKr = cost.trim() === '' ? null : Number(cost.replace(/\s/g, '').replace(',', '.'));
  const results = checkCriteria(
    {
      owner,
      partners: partners.split(',').map((p) => p.trim()),
      uvasLink: uvas,
      preventive,
      costKr: costKr !== null && Number.isFinite(costKr) ? costKr : null,
    },
    minCostKr,
  );
  return (
    <section className="panel try-effort" aria-labelledby="try-effort-heading">
      <h2 id="try-effort-heading">{t.efforts.tryEffort}</h2>
      <p className="help">{t.efforts.criteriaHelp}</p>
      <label className="field">
        <span>{t.efforts.minCost}</span>
        <input
          type="number"
          min={0}
          step={100000}
          value={minCostKr}
          data-testid="min-cost"
          onChange={(e) => dispatch({ type: 'set-min-cost', costKr: Number(e.target.value) })}
        />
        <small className="muted">{t.efforts.minCostHelp}</small>
      </label>
      <div className="try-grid">
        <label className="field">
          <span>{t.efforts.proposedOwner}</span>
          <input value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="field">
          <span>{t.efforts.proposedPartners}</span>
          <input value={partners} onChange={(e) => setPartners(e.target.value)} />
        </label>
        <label className="field">
          <span>{t.efforts.proposedUvas}</span>
          <input value={uvas} onChange={(e) => setUvas(e.target.value)} />
        </label>
        <label className="field">
          <span>{t.efforts.proposedCost}</span>
          <input inputMode="numeric" value={cost} onChange={(e) => setCost(e.target.value)} />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={preventive} onChange={(e) => setPreventive(e.target.checked)} />
        <span>{t.efforts.proposedPreventive}</span>
      </label>
      <CriteriaList results={results} minCostKr={minCostKr} />
    </section>
  );
}
