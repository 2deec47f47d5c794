/** The accessibility statement's text (tillgänglighetsredogörelse); Swedish is the legally required version. */

/** Assessed on this date; update it when the assessment is repeated. */
export const ASSESSED = '2026-11-24';

const sv = {
  title: 'Tillgänglighetsredogörelse',
  language: 'Språk',
  intro: 'Malmö stad står bakom den här webbtjänsten, Kraftsamla – behovsindex för Malmös delområden. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur tjänsten uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
  statusTitle: 'Hur tillgänglig är webbtjänsten?',
  status: 'Webbtjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
  shortcomingsTitle: 'Innehåll som inte är tillgängligt',
  mapShortcoming: 'Kartan är en bild som ritas med WebGL. Den kan inte läsas av skärmläsare och färgerna kan vara svåra att skilja för vissa. Alternativ: tabellen Rangordning innehåller samma uppgifter för varje område och kan sorteras med tangentbordet.',
  clickShortcoming: 'Att välja ett område genom att klicka i kartan kräver mus eller pekskärm. Alternativ: sökfältet och knapparna i tabellen.',
  chartShortcoming: 'Diagrammet Behov mot insatser är en bild. Alternativ: listan under diagrammet med de markerade områdena.',
  methodTitle: 'Hur vi har testat webbtjänsten',
  method: `Vi har gjort en självskattning (intern testning) av webbtjänsten: automatiska tester med axe-core mot WCAG 2.1 nivå AA i varje testkörning, och manuell genomgång med enbart tangentbord. Senaste bedömningen gjordes ${ASSESSED}.`,
  updated: `Redogörelsen uppdaterades senast ${ASSESSED}.`,
  feedbackTitle: 'Rapportera brister',
  feedback: 'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehållet i ett annat format, kontakta Malmö stad via stadens kontaktcenter på malmo.se. Ange att det gäller webbtjänsten Kraftsamla.',
  enforcementTitle: 'Tillsyn',
  enforcement: 'Myndigheten för digital förvaltning (DIGG) ansvarar för tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du ',
  complaintLink: 'anmäla bristande tillgänglighet till DIGG',
  toPublic: 'Till den öppna sidan',
  toPlanner: 'Till verktyget för planerare',
};

const en: typeof sv = {
  title: 'Accessibility statement',
  language: 'Language',
  intro: 'Malmö stad is responsible for this web service, Kraftsamla – a need index for Malmö’s delområden. We want as many people as possible to be able to use it. This statement describes how the service meets the Swedish law on accessibility to digital public services, known shortcomings and how to report problems.',
  statusTitle: 'How accessible is the service?',
  status: 'The service is partially compliant with the law, because of the shortcomings described below.',
  shortcomingsTitle: 'Content that is not accessible',
  mapShortcoming: 'The map is drawn with WebGL. Screen readers cannot read it and some people may find the colours hard to tell apart. Alternative: the Ranking table holds the same information for every area and can be sorted with the keyboard.',
  clickShortcoming: 'Choosing an area by clicking the map needs a mouse or touch. Alternative: the search field and the buttons in the table.',
  chartShortcoming: 'The Need against effort chart is an image. Alternative: the list of marked areas below it.',
  methodTitle: 'How we tested the service',
  method: `We assessed the service ourselves (internal testing): automated axe-core tests against WCAG 2.1 level AA in every test run, and a manual walkthrough with the keyboard only. The latest assessment was made on ${ASSESSED}.`,
  updated: `This statement was last updated on ${ASSESSED}.`,
  feedbackTitle: 'Report shortcomings',
  feedback: 'If you find problems not described here, or need the content in another format, contact Malmö stad through the city’s contact centre at malmo.se, saying it concerns the Kraftsamla service.',
  enforcementTitle: 'Enforcement',
  enforcement: 'The Agency for Digital Government (DIGG) enforces the law. If you are not satisfied with how we handle your comments you can ',
  complaintLink: 'report lack of accessibility to DIGG',
  toPublic: 'To the public page',
  toPlanner: 'To the planners’ tool',
};

export const accessibilityText = { sv, en };
