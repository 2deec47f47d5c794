import { useCallback, useMemo, useReducer } from 'react';
import { datasetMetadata, defaultVariables } from '../data/bundledData.ts';
import type { Geography } from '../data/geography.ts';
import type { IndicatorDataset } from '../data/parseIndicators.ts';
import type { EffortDataset } from '../efforts/types.ts';
import { AreaPanel } from './AreaPanel.tsx';
import { ExampleDataBanner } from './ExampleDataBanner.tsx';
import { I18nContext, makeI18n } from './i18n/I18nContext.ts';
import { methodText, uncertaintyMethodText } from './i18n/methodText.ts';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { RankingTable } from './RankingTable.tsx';
import { ROUTE_HASH } from './route.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { SkipLink } from './SkipLink.tsx';
import { initialState, reduce } from './state/appState.ts';
import { download, rankingCsv, rankingGeoJson } from './state/exports.ts';
import { useDerivedView } from './state/useDerivedView.ts';

const DEFAULT_KEYS: ReadonlySet<string> = new Set(defaultVariables.map((v) => v.key));

/**
 * The read-only page for the city's website: the official weighting, the
 * method in plain words, the data to download, and the ranking table as the
 * accessible equivalent of the map.
 */
export function PublicPage({ geography, dataset, efforts }: { geography: Geography; dataset: IndicatorDataset; efforts: EffortDataset }) {
  const [state, dispatch] = useReducer(reduce, dataset, (d) => ({ ...initialState(d, DEFAULT_KEYS, efforts), showEfforts: false, showLabels: false }));
  const i18n = useMemo(() => makeI18n(state.language), [state.language]);
  const { t, language } = i18n;
  const view = useDerivedView(state, geography, DEFAULT_KEYS);
  const select = useCallback((code: string | null) => dispatch({ type: 'select', code }), []);
  const embedUrl = `${window.location.origin}${window.location.pathname}${ROUTE_HASH.public}`;
  const variables = state.dataset.variables;
  const licence = `${t.attribution}. ${t.downloadLicence}`;

  return (
    <I18nContext.Provider value={i18n}>
      <div className="public" lang={language}>
        <SkipLink />
        <header className="public-header">
          <div>
            <p className="public-kicker">{t.appTitle}</p>
            <h1>{t.publicTitle}</h1>
          </div>
          <LanguageSelect label={t.language} value={language} onChange={(l) => dispatch({ type: 'set-language', language: l })} />
        </header>
        <main className="public-main">
          {state.dataset.illustrative && <ExampleDataBanner />}
          <p className="lead">{t.publicIntro}</p>
          <TextSection id="what" title={t.publicWhatTitle} paragraphs={[t.publicWhat]} />
          <section aria-labelledby="variables">
            <h2 id="variables">{t.publicVariablesTitle}</h2>
            <dl className="variable-list">
              {variables.map((v) => (
                <div key={v.key}>
                  <dt>{v.label[language]}</dt>
                  <dd>{v.definition[language]}</dd>
                </div>
              ))}
            </dl>
          </section>
          <TextSection id="how" title={t.publicHowTitle} paragraphs={methodText[language].slice(1, 5)} />
          <TextSection id="uncertainty" title={uncertaintyMethodText[language].title} paragraphs={uncertaintyMethodText[language].paragraphs} />
          <TextSection id="source" title={t.publicSourceTitle} paragraphs={[t.publicSource(`${datasetMetadata.source} (${datasetMetadata.vintage})`)]} />
          <TextSection id="limits" title={t.publicLimitsTitle} paragraphs={[t.publicLimits]} />
          <TextSection id="choice" title={t.publicChoiceTitle} paragraphs={[t.publicChoice]} />
          <section aria-labelledby="map-heading" className="public-map-section">
            <h2 id="map-heading">{t.publicMapTitle}</h2>
            <p>{t.publicOfficialWeights}</p>
            <div className="public-map" role="region" aria-label={t.mapLabel}>
              <MapView
                geography={geography}
                level={state.level}
                selected={state.selected}
                showProposed={state.showProposed}
                showLabels={state.showLabels}
                view={view}
                variables={new Map(variables.map((v) => [v.key, v]))}
                onSelect={select}
              />
              <Legend
                classification={view.classification}
                showProposed={state.showProposed}
                illustrative={state.dataset.illustrative}
                smallAreas={view.flagged.size > 0}
              />
            </div>
            {state.selected && view.areaByCode.has(state.selected) && (
              <AreaPanel
                code={state.selected}
                level={state.level}
                geography={geography}
                view={view}
                variables={variables}
                settings={state.settings}
                onClose={() => select(null)}
              />
            )}
            <div className="public-ranking">
              <RankingTable level={state.level} geography={geography} view={view} variables={variables} selected={state.selected} onSelect={select} />
            </div>
          </section>
          <section aria-labelledby="downloads">
            <h2 id="downloads">{t.downloads}</h2>
            <ul className="downloads">
              <li>
                <button type="button" onClick={() => download('kraftsamla-rangordning.csv', rankingCsv(view, variables, language), 'text/csv;charset=utf-8')}>
                  {t.downloadCsv}
                </button>
              </li>
              <li>
                <button type="button" onClick={() => download('kraftsamla-delomraden.geojson', rankingGeoJson(view, state.level, geography, licence), 'application/geo+json')}>
                  {t.downloadGeoJson}
                </button>
              </li>
            </ul>
            <p>{t.downloadLicence}</p>
          </section>
          <section aria-labelledby="embed">
            <h2 id="embed">{t.embedTitle}</h2>
            <p>{t.embedHelp}</p>
            <pre className="embed-code">
              <code>{`<iframe src="${embedUrl}" title="${t.publicTitle}" width="100%" height="900" style="border:0"></iframe>`}</code>
            </pre>
          </section>
        </main>
        <footer className="public-footer">
          <a href={ROUTE_HASH.accessibility}>{t.accessibilityLink}</a>
          <a href="#">{t.toPlanner}</a>
          <span>{t.attribution}</span>
        </footer>
      </div>
    </I18nContext.Provider>
  );
}

/** A headed section of plain text; `data-testid` is its id, for tests. */
function TextSection({ id, title, paragraphs }: { id: string; title: string; paragraphs: readonly string[] }) {
  return (
    <section aria-labelledby={id} data-testid={`section-${id}`}>
      <h2 id={id}>{title}</h2>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}
