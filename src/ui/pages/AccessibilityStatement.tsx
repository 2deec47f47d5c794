import { useState } from 'react';
import { accessibilityText } from '../i18n/accessibilityText.ts';
import { LanguageSelect } from '../common/LanguageSelect.tsx';
import { ROUTE_HASH } from '../app/route.ts';


/**
 * Tillgänglighetsredogörelse as DIGG requires it (lagen om tillgänglighet
 * till digital offentlig service): service, compliance status, known
 * shortcomings with alternatives, method and date, feedback and complaints.
 * Swedish is the legally required language; the English version follows it.
 */
export function AccessibilityStatement() {
  const [language, setLanguage] = useState<'sv' | 'en'>('sv');
  const text = accessibilityText[language];
  return (
    <div className="public" lang={language}>
      <header className="public-header">
        <div>
          <p className="public-kicker">Kraftsamla</p>
          <h1>{text.title}</h1>
        </div>
        <LanguageSelect label={text.language} value={language} onChange={setLanguage} />
      </header>
      <main className="public-main">
        <p className="lead">
          {text.intro}
        </p>
        <section aria-labelledby="status">
          <h2 id="status">{text.statusTitle}</h2>
          <p>
            {text.status}
          </p>
        </section>
        <section aria-labelledby="shortcomings">
          <h2 id="shortcomings">{text.shortcomingsTitle}</h2>
          <ul>
            <li>
              {text.mapShortcoming}
            </li>
            <li>
              {text.clickShortcoming}
            </li>
            <li>
              {text.chartShortcoming}
            </li>
          </ul>
        </section>
        <section aria-labelledby="method">
          <h2 id="method">{text.methodTitle}</h2>
          <p>
            {text.method}
          </p>
          <p>{text.updated}</p>
        </section>
        <section aria-labelledby="feedback">
          <h2 id="feedback">{text.feedbackTitle}</h2>
          <p>
            {text.feedback}
          </p>
        </section>
        <section aria-labelledby="complaints">
          <h2 id="complaints">{text.enforcementTitle}</h2>
          <p>
            {text.enforcement}
            <a href="https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet">{text.complaintLink}</a>.
          </p>
        </section>
      </main>
      <footer className="public-footer">
        <a href={ROUTE_HASH.public}>{text.toPublic}</a>
        <a href="#">{text.toPlanner}</a>
      </footer>
    </div>
  );
}
