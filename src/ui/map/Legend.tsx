import { CLASS_COUNT, type Classification } from '../../map/classify.ts';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS, rgbCss } from '../../map/palette.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import { classRangeLabels } from '../common/format.ts';
import { RANK_CHANGE_COLOURS } from '../../map/rankChangeColours.ts';
import { probabilityLegendRows } from '../../map/probabilityColours.ts';
import { needSign } from '../../index/direction.ts';
import { CHANGE_COLOURS } from '../../map/changeColours.ts';
import type { ChangeView } from '../state/selectors/change.ts';

export function Legend({
  classification,
  showProposed,
  chosenCount = 0,
  illustrative,
  rankChange = false,
  probabilityTopN = null,
  smallAreas = false,
  change = null,
  year = null,
  effortMarker = false,
}: {
  classification: Classification | null;
  showProposed: boolean;
  /** Areas in the steering group's selection, outlined on the map. */
  chosenCount?: number;
  illustrative: boolean;
  /** Show the rank-change colours of a comparison instead of the index classes. */
  rankChange?: boolean;
  /** Show the probability of being in the top N (this N) instead. */
  probabilityTopN?: number | null;
  /** Explain the dashed edge of small areas. */
  smallAreas?: boolean;
  /** The change map, when it colours the map. */
  change?: ChangeView | null;
  /** The year shown, named in the title. */
  year?: number | null;
  /** Efforts are drawn as one count marker per area (zoomed out). */
  effortMarker?: boolean;
}) {
  const { t, number } = useI18n();
  if (change) return <ChangeLegend change={change} illustrative={illustrative} chosenCount={chosenCount} />;
  if (rankChange) return <RankChangeLegend illustrative={illustrative} chosenCount={chosenCount} />;
  if (probabilityTopN !== null) return <ProbabilityLegend topN={probabilityTopN} illustrative={illustrative} smallAreas={smallAreas} chosenCount={chosenCount} />;
  const ranges = classRangeLabels(classification, number, CLASS_COUNT);
  return (
    <div className="legend" role="group" aria-labelledby="legend-heading">
      <LegendHeading title={year === null ? t.map.legendTitle : `${t.map.legendTitle} ${year}`} illustrative={illustrative} />
      <ol className="legend-classes">
        {Array.from({ length: CLASS_COUNT }, (_, k) => CLASS_COUNT - 1 - k).map((k) => (
          <li key={k} data-class={k}>
            <span className="swatch" style={{ background: rgbCss(NEED_COLOURS[k]) }} aria-hidden="true" />
            <span>
              {ranges[k]}
              {k === CLASS_COUNT - 1 && <small> {t.map.legendHigh}</small>}
              {k === 0 && <small> {t.map.legendLow}</small>}
            </span>
          </li>
        ))}
        <MissingItem />
      </ol>
      <ul className="legend-lines">
        <li>
          <span className="line geso" aria-hidden="true" />
          {t.map.gesoOutline}
        </li>
        {showProposed && (
          <li>
            <span className="line proposed" aria-hidden="true" />
            {t.map.proposedOutline}
          </li>
        )}
        <ChosenLegendLine count={chosenCount} />
        {smallAreas && <SmallAreaLegendLine />}
        {effortMarker && (
          <li data-testid="legend-effort-marker">
            <span className="effort-marker" aria-hidden="true">
              3
            </span>
            {t.map.effortCluster}
          </li>
        )}
      </ul>
    </div>
  );
}

function SmallAreaLegendLine() {
  const { t } = useI18n();
  return (
    <li>
      <span className="line small-area" aria-hidden="true" />
      {t.robustness.legendSmallArea}
    </li>
  );
}

/** The selection's line on its own, for the legends that have no other lines. */
function ChosenLines({ count }: { count: number }) {
  return count > 0 ? (
    <ul className="legend-lines">
      <ChosenLegendLine count={count} />
    </ul>
  ) : null;
}

/** The steering group's selection, when it has any areas. */
function ChosenLegendLine({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <li data-testid="legend-chosen">
      <span className="line chosen" aria-hidden="true" />
      {t.map.chosenOutline(count)}
    </li>
  );
}

function ProbabilityLegend({ topN, illustrative, smallAreas, chosenCount }: { topN: number; illustrative: boolean; smallAreas: boolean; chosenCount: number }) {
  const { t } = useI18n();
  return (
    <div className="legend" role="group" aria-labelledby="legend-heading" data-testid="probability-legend">
      <LegendHeading title={t.robustness.legendTitle(topN)} illustrative={illustrative} />
      <ol className="legend-classes">
        {probabilityLegendRows(t.robustness.legendClasses).map((row) => (
          <li key={row.cls} data-class={row.cls}>
            <span className="swatch" style={{ background: rgbCss(row.colour) }} aria-hidden="true" />
            <span>{row.label}</span>
          </li>
        ))}
        <MissingItem />
      </ol>
      {(smallAreas || chosenCount > 0) && (
        <ul className="legend-lines">
          <ChosenLegendLine count={chosenCount} />
          {smallAreas && <SmallAreaLegendLine />}
        </ul>
      )}
    </div>
  );
}

function RankChangeLegend({ illustrative, chosenCount }: { illustrative: boolean; chosenCount: number }) {
  const { t } = useI18n();
  const labels = ['≥ 10', '3 – 9', '−2 – 2', '−9 – −3', '≤ −10'];
  return (
    <div className="legend" role="group" aria-labelledby="legend-heading">
      <LegendHeading title={t.scenarios.rankChangeLegend} illustrative={illustrative} />
      <ol className="legend-classes">
        {[4, 3, 2, 1, 0].map((k, i) => (
          <li key={k} data-class={k}>
            <span className="swatch" style={{ background: rgbCss(RANK_CHANGE_COLOURS[k]) }} aria-hidden="true" />
            <span>
              {t.scenarios.places(labels[i])}
              {k === 4 && <small> {t.scenarios.rankChangeUp}</small>}
              {k === 0 && <small> {t.scenarios.rankChangeDown}</small>}
            </span>
          </li>
        ))}
      </ol>
      <ChosenLines count={chosenCount} />
    </div>
  );
}

/** Better to worse, with the limits in the measure's unit, what "better"
 * means for this measure, and any series break the change spans. */
function ChangeLegend({ change, illustrative, chosenCount }: { change: ChangeView; illustrative: boolean; chosenCount: number }) {
  const { t, number, language } = useI18n();
  const { measure, variable, limits } = change;
  const what = measure === 'rank' ? t.time.rankWhat : measure === 'index' ? t.time.indexWhat(change.referenceYear ?? change.to) : (variable?.label[language] ?? '');
  const unit = measure === 'rank' ? t.time.placesUnit : measure === 'index' ? t.time.indexUnit : t.time.ppUnit;
  const decimals = measure === 'rank' ? 0 : limits.large >= 10 ? 0 : limits.large >= 1 ? 1 : 2;
  const f = (x: number) => number(measure === 'rank' ? Math.ceil(x) : x, decimals);
  // "Worsening" is more need: for a variable where lower is more need, a
  // worse value is a fall, so its limits read with the opposite sign.
  const sign = variable ? needSign(variable.direction) : 1;
  const range = (lo: number, hi: number) => {
    const [a, b] = sign > 0 ? [lo, hi] : [-hi, -lo];
    return `${f(a)} – ${f(b)}`;
  };
  const rows = [
    { k: 4, label: t.time.muchWorse, range: sign > 0 ? `≥ ${f(limits.large)}` : `≤ ${f(-limits.large)}` },
    { k: 3, label: t.time.worse, range: range(limits.small, limits.large) },
    { k: 2, label: t.time.same, range: range(-limits.small, limits.small) },
    { k: 1, label: t.time.better, range: range(-limits.large, -limits.small) },
    { k: 0, label: t.time.muchBetter, range: sign > 0 ? `≤ ${f(-limits.large)}` : `≥ ${f(limits.large)}` },
  ];
  const betterMeans =
    measure === 'rank' ? t.time.betterMeans.rank : measure === 'index' ? t.time.betterMeans.index : sign > 0 ? t.time.betterMeans.lower : t.time.betterMeans.higher;
  return (
    <div className="legend" role="group" aria-labelledby="legend-heading" data-testid="change-legend">
      <LegendHeading title={t.time.legendTitle(change.from, change.to, what)} illustrative={illustrative} />
      <p className="legend-note">
        {betterMeans} ({unit})
      </p>
      <ol className="legend-classes">
        {rows.map((row) => (
          <li key={row.k} data-class={row.k}>
            <span className="swatch" style={{ background: rgbCss(CHANGE_COLOURS[row.k]) }} aria-hidden="true" />
            <span>
              {row.label} <small>{row.range}</small>
            </span>
          </li>
        ))}
        <MissingItem />
      </ol>
      {change.breaks.length > 0 && (
        <p className="legend-break" data-testid="change-break">
          <span aria-hidden="true">⚠ </span>
          {change.breaks.map((b) => t.time.breakNote(b.year, b.reason[language])).join(' ')}
        </p>
      )}
      <ChosenLines count={chosenCount} />
    </div>
  );
}

/** Grey with a hatch, as on the map. */
function MissingItem() {
  const { t } = useI18n();
  return (
    <li data-class="missing">
      <span
        className="swatch"
        aria-hidden="true"
        style={{ background: `repeating-linear-gradient(-45deg, ${rgbCss(MISSING_HATCH_COLOUR)} 0 2px, ${rgbCss(MISSING_COLOUR)} 2px 6px)` }}
      />
      <span>{t.common.missing}</span>
    </li>
  );
}

function LegendHeading({ title, illustrative }: { title: string; illustrative: boolean }) {
  const { t } = useI18n();
  return (
    <h2 id="legend-heading">
      {title}
      {illustrative && <span className="legend-example">{t.common.exampleData}</span>}
    </h2>
  );
}
