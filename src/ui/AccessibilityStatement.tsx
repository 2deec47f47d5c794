import { useState } from 'react';
import { ROUTE_HASH } from './route.ts';

/** Assessed on this date; update it when the assessment is repeated. */
const ASSESSED = '2026-11-24';

/**
 * Tillgänglighetsredogörelse as DIGG requires it (lagen om tillgänglighet
 * till digital offentlig service): service, compliance status, known
 * shortcomings with alternatives, method and date, feedback and complaints.
 * Swedish is the legally required language; the English version follows it.
 */
export function AccessibilityStatement() {
  const [language, setLanguage] = useState<'sv' | 'en'>('sv');
  const sv = language === 'sv';
  return (
    <div className="public" lang={language}>
      <header className="public-header">
        <div>
          <p className="public-kicker">Kraftsamla</p>
          <h1>{sv ? 'Tillgänglighetsredogörelse' : 'Accessibility statement'}</h1>
        </div>
        <label className="language">
          <span>{sv ? 'Språk' : 'Language'}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as 'sv' | 'en')}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main className="public-main">
        <p className="lead">
          {sv
            ? 'Malmö stad står bakom den här webbtjänsten, Kraftsamla – behovsindex för Malmös delområden. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur tjänsten uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.'
            : 'Malmö stad is responsible for this web service, Kraftsamla – a need index for Malmö’s delområden. We want as many people as possible to be able to use it. This statement describes how the service meets the Swedish law on accessibility to digital public services, known shortcomings and how to report problems.'}
        </p>
        <section aria-labelledby="status">
          <h2 id="status">{sv ? 'Hur tillgänglig är webbtjänsten?' : 'How accessible is the service?'}</h2>
          <p>
            {sv
              ? 'Webbtjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.'
              : 'The service is partially compliant with the law, because of the shortcomings described below.'}
          </p>
        </section>
        <section aria-labelledby="shortcomings">
          <h2 id="shortcomings">{sv ? 'Innehåll som inte är tillgängligt' : 'Content that is not accessible'}</h2>
          <ul>
            <li>
              {sv
                ? 'Kartan är en bild som ritas med WebGL. Den kan inte läsas av skärmläsare och färgerna kan vara svåra att skilja för vissa. Alternativ: tabellen Rangordning innehåller samma uppgifter för varje område och kan sorteras med tangentbordet.'
                : 'The map is drawn with WebGL. Screen readers cannot read it and some people may find the colours hard to tell apart. Alternative: the Ranking table holds the same information for every area and can be sorted with the keyboard.'}
            </li>
            <li>
              {sv
                ? 'Att välja ett område genom att klicka i kartan kräver mus eller pekskärm. Alternativ: sökfältet och knapparna i tabellen.'
                : 'Choosing an area by clicking the map needs a mouse or touch. Alternative: the search field and the buttons in the table.'}
            </li>
            <li>
              {sv
                ? 'Diagrammet Behov mot insatser är en bild. Alternativ: listan under diagrammet med de markerade områdena.'
                : 'The Need against effort chart is an image. Alternative: the list of marked areas below it.'}
            </li>
          </ul>
        </section>
        <section aria-labelledby="method">
          <h2 id="method">{sv ? 'Hur vi har testat webbtjänsten' : 'How we tested the service'}</h2>
          <p>
            {sv
              ? `Vi har gjort en självskattning (intern testning) av webbtjänsten: automatiska tester med axe-core mot WCAG 2.1 nivå AA i varje testkörning, och manuell genomgång med enbart tangentbord. Senaste bedömningen gjordes ${ASSESSED}.`
              : `We assessed the service ourselves (internal testing): automated axe-core tests against WCAG 2.1 level AA in every test run, and a manual walkthrough with the keyboard only. The latest assessment was made on ${ASSESSED}.`}
          </p>
          <p>{sv ? `Redogörelsen uppdaterades senast ${ASSESSED}.` : `This statement was last updated on ${ASSESSED}.`}</p>
        </section>
        <section aria-labelledby="feedback">
          <h2 id="feedback">{sv ? 'Rapportera brister' : 'Report shortcomings'}</h2>
          <p>
            {sv
              ? 'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehållet i ett annat format, kontakta Malmö stad via stadens kontaktcenter på malmo.se. Ange att det gäller webbtjänsten Kraftsamla.'
              : 'If you find problems not described here, or need the content in another format, contact Malmö stad through the city’s contact centre at malmo.se, saying it concerns the Kraftsamla service.'}
          </p>
        </section>
        <section aria-labelledby="complaints">
          <h2 id="complaints">{sv ? 'Tillsyn' : 'Enforcement'}</h2>
          <p>
            {sv
              ? 'Myndigheten för digital förvaltning (DIGG) ansvarar för tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du '
              : 'The Agency for Digital Government (DIGG) enforces the law. If you are not satisfied with how we handle your comments you can '}
            <a href="https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet">{sv ? 'anmäla bristande tillgänglighet till DIGG' : 'report lack of accessibility to DIGG'}</a>.
          </p>
        </section>
      </main>
      <footer className="public-footer">
        <a href={ROUTE_HASH.public}>{sv ? 'Till den öppna sidan' : 'To the public page'}</a>
        <a href="#">{sv ? 'Till verktyget för planerare' : 'To the planners’ tool'}</a>
      </footer>
    </div>
  );
}
