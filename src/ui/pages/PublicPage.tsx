import { useMemo, useReducer, useState } from 'react';
import { datasetMetadata } from '../../data/bundledData.ts';
import { stateInput, type BootData } from '../app/boot.ts';
import { ROUTE_HASH } from '../app/route.ts';
import { AreaPanel } from '../area/AreaPanel.tsx';
import { download } from '../common/download.ts';
import { ExampleDataBanner } from '../common/ExampleDataBanner.tsx';
import { LanguageSelect } from '../common/LanguageSelect.tsx';
import { SkipLink } from '../common/SkipLink.tsx';
import { useDocumentLanguage } from '../common/useDocumentLanguage.ts';
import { I18nContext, makeI18n } from '../i18n/I18nContext.ts';
import { methodText, publicUncertaintyText } from '../i18n/methodText.ts';
import { Legend } from '../map/Legend.tsx';
import { MapView, type FocusRequest } from '../map/MapView.tsx';
import { SearchBox } from '../controls/SearchBox.tsx';
import { rankingCsv, rankingGeoJson } from '../results/exports.ts';
import { RankingTable } from '../results/ranking/RankingTable.tsx';
import { initialState } from '../state/appState.ts';
import { reduce } from '../state/reduce.ts';
import type { Language } from '../state/view.ts';
import { selectDerivedView } from '../state/selectors/derivedView.ts';
import { selectFollowUp } from '../state/selectors/followUp.ts';
import { PublicFollowUp } from './PublicFollowUp.tsx';
import { PublicDecision } from './PublicDecision.tsx';
import { usePublishedDecision } from './usePublishedDecision.ts';

/** The language a link asks for (`lang=en`), Swedish otherwise. */
const languageOf = (query: string): Language => (new URLSearchParams(query).get('lang') === 'en' ? 'en' : 'sv');

/** The public page shows the official weighting on a quiet map: no names, no efforts. */
const PUBLIC_VIEW = { layers: { proposed: true, chosen: true, labels: false, efforts: false } };

/**
 * The read-only page for the city's website: the official weighting, the
 * method in plain words, the data to download, and the ranking table as the
 * accessible equivalent of the map. It uses the same state and selectors as
 * the workspace, with only language and selection to change.
 */
export function PublicPage({ boot }: { boot: BootData }) {
  const { geography } = boot;
  const [state, dispatch] = useReducer(reduce, boot, (b) =>
    // Only the language is taken from the link: the public page always shows the official weighting.
    initialState({ ...stateInput(b), overrides: { ...PUBLIC_VIEW, language: languageOf(window.location.search) } }),
  );
  const { view } = state;
  const i18n = useMemo(() => makeI18n(view.language), [view.language]);
  useDocumentLanguage(view.language, `${i18n.t.pages.publicTitle} – ${i18n.t.common.appTitle}`);
  const { t, language } = i18n;
  const derived = selectDerivedView(state, geography);
  const followUp = selectFollowUp(state);
  const published = usePublishedDecision(import.meta.env.BASE_URL);
  const select = (code: string | null) => dispatch({ type: 'select', code });
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const choose = (code: string) => {
    select(code);
    setFocus((previous) => ({ code, nonce: (previous?.nonce ?? 0) + 1 }));
  };
  const embedUrl = `${window.location.origin}${window.location.pathname}${ROUTE_HASH.public}`;
  const variables = state.dataset.variables;
  const licence = `${t.common.attribution}. ${t.pages.downloadLicence}`;

  return (
    <I18nContext.Provider value={i18n}>
      <div className="public" lang={language}>
        <SkipLink />
        <header className="public-header">
          <div>
            <p className="public-kicker">{t.common.appTitle}</p>
            <h1>{t.pages.publicTitle}</h1>
          </div>
          <LanguageSelect label={t.common.language} value={language} onChange={(l) => dispatch({ type: 'set-language', language: l })} />
        </header>
        <main className="public-main">
          {state.dataset.illustrative && <ExampleDataBanner />}
          <p className="lead">{t.pages.publicIntro}</p>
          <section aria-labelledby="map-heading" className="public-map-section">
            <h2 id="map-heading">{t.pages.publicMapTitle}</h2>
            <p>{t.pages.publicOfficialWeights}</p>
            <div className="public-search">
              <SearchBox items={derived.areas} onChoose={choose} />
            </div>
            <div className="public-map" role="region" aria-label={t.map.mapLabel}>
              <div className="map-frame">
                <MapView geography={geography} level={view.level} selected={view.selected} layers={view.layers} focus={focus} view={derived} variables={variables} onSelect={select} />
              </div>
              <Legend classification={derived.classification} showProposed={view.layers.proposed} illustrative={state.dataset.illustrative} smallAreas={derived.flagged.size > 0} />
            </div>
            {view.selected && derived.areaByCode.has(view.selected) && (
              <AreaPanel
                code={view.selected}
                level={view.level}
                geography={geography}
                view={derived}
                variables={variables}
                settings={derived.settings}
                onClose={() => select(null)}
              />
            )}
            <div className="public-ranking">
              <RankingTable level={view.level} geography={geography} view={derived} variables={variables} selected={view.selected} onSelect={select} />
            </div>
          </section>
          <TextSection id="what" title={t.pages.publicWhatTitle} paragraphs={[t.pages.publicWhat]} />
          <section aria-labelledby="variables">
            <h2 id="variables">{t.pages.publicVariablesTitle}</h2>
            <dl className="variable-list">
              {variables.map((v) => (
                <div key={v.key}>
                  <dt>{v.label[language]}</dt>
                  <dd>{v.definition[language]}</dd>
                </div>
              ))}
            </dl>
          </section>
          <TextSection id="how" title={t.pages.publicHowTitle} paragraphs={methodText[language].slice(1, 5)} />
          <TextSection id="uncertainty" title={publicUncertaintyText[language].title} paragraphs={publicUncertaintyText[language].paragraphs} />
          <TextSection id="source" title={t.pages.publicSourceTitle} paragraphs={[t.pages.publicSource(`${datasetMetadata.source} (${datasetMetadata.vintage})`)]} />
          <TextSection id="limits" title={t.pages.publicLimitsTitle} paragraphs={[t.pages.publicLimits]} />
          <TextSection id="choice" title={t.pages.publicChoiceTitle} paragraphs={[t.pages.publicChoice]} />
          {published && <PublicDecision published={published} />}
          {followUp && followUp.years.length > 1 && <PublicFollowUp followUp={followUp} illustrative={state.dataset.illustrative} fileName={state.dataset.fileName} />}
          <section aria-labelledby="downloads">
            <h2 id="downloads">{t.pages.downloads}</h2>
            <ul className="downloads">
              <li>
                <button type="button" onClick={() => download(t.common.fileNames.rankingCsv, rankingCsv(derived, variables, t.common.csvHeaders), 'text/csv;charset=utf-8')}>
                  {t.pages.downloadCsv}
                </button>
              </li>
              <li>
                <button type="button" onClick={() => download(t.common.fileNames.areasGeoJson, rankingGeoJson(derived, view.level, geography, licence), 'application/geo+json')}>
                  {t.pages.downloadGeoJson}
                </button>
              </li>
            </ul>
            <p>{t.pages.downloadLicence}</p>
          </section>
          <section aria-labelledby="embed">
            <h2 id="embed">{t.pages.embedTitle}</h2>
            <p>{t.pages.embedHelp}</p>
            <pre className="embed-code">
              <code>{`<iframe src="${embedUrl}" title="${t.pages.publicTitle}" width="100%" height="900" style="border:0"></iframe>`}</code>
            </pre>
          </section>
        </main>
        <footer className="public-footer">
          <a href={ROUTE_HASH.accessibility}>{t.pages.accessibilityLink}</a>
          <a href="#">{t.pages.toPlanner}</a>
          <span>{t.common.attribution}</span>
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
