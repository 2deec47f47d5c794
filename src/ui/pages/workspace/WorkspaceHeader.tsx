import type { Dispatch } from 'react';
import type { Geography } from '../../../data/geography.ts';
import type { AreaValues } from '../../../index/types.ts';
import { ROUTE_HASH } from '../../app/route.ts';
import { ExampleDataBanner } from '../../common/ExampleDataBanner.tsx';
import { OwnDataBanner } from '../../common/OwnDataBanner.tsx';
import { LanguageSelect } from '../../common/LanguageSelect.tsx';
import { DataLoader } from '../../controls/DataLoader.tsx';
import { SearchBox } from '../../controls/SearchBox.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { Action } from '../../state/reduce.ts';
import type { Language } from '../../state/view.ts';

interface Props {
  presentation: boolean;
  illustrative: boolean;
  /** The indicator file shown, named when it is the user's own. */
  dataFile: string;
  areas: readonly AreaValues[];
  /** The latest year of the data, suggested for a file without years. */
  latestYear: number | null;
  geography: Geography;
  language: Language;
  dispatch: Dispatch<Action>;
  onChooseArea: (code: string) => void;
  onHelp: () => void;
}

/** Title, example-data label, search, file loading, page links and language. */
export function WorkspaceHeader({ presentation, illustrative, dataFile, areas, latestYear, geography, language, dispatch, onChooseArea, onHelp }: Props) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="title">
        <h1>{t.common.appTitle}</h1>
        {!presentation && <p>{t.common.appSubtitle}</p>}
      </div>
      {illustrative ? <ExampleDataBanner /> : <OwnDataBanner fileName={dataFile} />}
      <SearchBox items={areas} onChoose={onChooseArea} />
      {!presentation && <DataLoader geography={geography} latestYear={latestYear} dispatch={dispatch} />}
      <nav className="page-links" aria-label={t.common.appTitle}>
        {presentation ? (
          <a href={`${window.location.search}#`}>{t.pages.exitWorkshop}</a>
        ) : (
          <>
            <a href={`${window.location.search}${ROUTE_HASH.workshop}`}>{t.pages.workshop}</a>
            <a href={`${window.location.search}${ROUTE_HASH.public}`}>{t.pages.openPublic}</a>
          </>
        )}
        <button type="button" className="small" onClick={onHelp} aria-haspopup="dialog">
          {t.common.keysTitle} (?)
        </button>
      </nav>
      <LanguageSelect label={t.common.language} value={language} onChange={(l) => dispatch({ type: 'set-language', language: l })} />
    </header>
  );
}
