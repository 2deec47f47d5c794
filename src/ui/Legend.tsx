import { CLASS_COUNT, type Classification } from '../map/classify.ts';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS, rgbCss } from '../map/palette.ts';
import { useI18n } from './i18n/I18nContext.ts';
import { classRangeLabels } from './format.ts';
import { RANK_CHANGE_COLOURS } from '../map/rankChangeColours.ts';

export function Legend({
  classification,
  showProposed,
  illustrative,
  rankChange = false,
}: {
  classification: Classification | null;
  showProposed: boolean;
  illustrative: boolean;
  /** Show the rank-change colours of a comparison instead of the index classes. */
  rankChange?: boolean;
}) {
  const { t, number } = useI18n();
  if (rankChange) return <RankChangeLegend illustrative={illustrative} />;
  const ranges = classRangeLabels(classification, number, CLASS_COUNT);
  return (
    <div className="legend" role="group" aria-labelledby="legend-heading">
      <h2 id="legend-heading">
        {t.legendTitle}
        {illustrative && <span className="legend-example">{t.exampleData}</span>}
      </h2>
      <ol className="legend-classes">
        {Array.from({ length: CLASS_COUNT }, (_, k) => CLASS_COUNT - 1 - k).map((k) => (
          <li key={k} data-class={k}>
            <span className="swatch" style={{ background: rgbCss(NEED_COLOURS[k]) }} aria-hidden="true" />
            <span>
              {ranges[k]}
              {k === CLASS_COUNT - 1 && <small> {t.legendHigh}</small>}
              {k === 0 && <small> {t.legendLow}</small>}
            </span>
          </li>
        ))}
        <li data-class="missing">
          <span
            className="swatch"
            aria-hidden="true"
            style={{
              background: `repeating-linear-gradient(-45deg, ${rgbCss(MISSING_HATCH_COLOUR)} 0 2px, ${rgbCss(MISSING_COLOUR)} 2px 6px)`,
            }}
          />
          <span>{t.missing}</span>
        </li>
      </ol>
      <ul className="legend-lines">
        <li>
          <span className="line geso" aria-hidden="true" />
          {t.gesoOutline}
        </li>
        {showProposed && (
          <li>
            <span className="line proposed" aria-hidden="true" />
            {t.proposedOutline}
          </li>
        )}
      </ul>
    </div>
  );
}

function RankChangeLegend({ illustrative }: { illustrative: boolean }) {
  const { t } = useI18n();
  const labels = ['≥ 10', '3 – 9', '−2 – 2', '−9 – −3', '≤ −10'];
  return (
    <div className="legend" role="group" aria-labelledby="legend-heading">
      <h2 id="legend-heading">
        {t.rankChangeLegend}
        {illustrative && <span className="legend-example">{t.exampleData}</span>}
      </h2>
      <ol className="legend-classes">
        {[4, 3, 2, 1, 0].map((k, i) => (
          <li key={k} data-class={k}>
            <span className="swatch" style={{ background: rgbCss(RANK_CHANGE_COLOURS[k]) }} aria-hidden="true" />
            <span>
              {t.places(labels[i])}
              {k === 4 && <small> {t.rankChangeUp}</small>}
              {k === 0 && <small> {t.rankChangeDown}</small>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
