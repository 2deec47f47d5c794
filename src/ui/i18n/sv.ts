/** Swedish UI text: the default language. en.ts mirrors every key. */
export const sv = {
  appTitle: 'Kraftsamla',
  appSubtitle: 'Behovsindex för Malmös delområden – underlag för kraftsamlande insatser för barn och unga',
  exampleData: 'Exempeldata – inte officiell statistik',
  exampleDataLong:
    'Värdena är påhittade för att visa hur verktyget fungerar. Gränserna för delområdena är verkliga. Ladda in er egen fil för riktiga värden.',
  language: 'Språk',
  skipToTable: 'Hoppa till rangordningen',

  weights: 'Vikter',
  weightsHelp: 'Dra i reglagen: kartan och tabellen räknas om direkt. Andelen visar variabelns del av summan.',
  weightShare: (pct: string) => `${pct} av indexet`,
  allWeightsZero: 'Alla vikter är noll. Ge minst en variabel en vikt för att räkna fram ett index.',
  resetWeights: 'Återställ vikter (25 var)',
  direction: 'Riktning',
  directionMore: 'Högre värde = större behov',
  directionLess: 'Högre värde = mindre behov',
  extraVariable: 'Extra variabel från er fil',

  method: 'Metod',
  normalisation: 'Normalisering',
  normalisations: {
    zscore: 'z-värde (standard)',
    minmax: 'Min–max (0–100)',
    percentile: 'Percentilrang (0–100)',
  },
  classification: 'Klassindelning',
  classifications: {
    quantile: 'Kvintiler (lika många per klass)',
    equal: 'Lika breda intervall',
    stddev: 'Standardavvikelser från medel (som SCB:s områdestyper)',
  },
  fixedClasses: 'Lås klassgränserna vid standardviktningen',
  fixedClassesHelp: 'Färgerna går då att jämföra medan vikterna ändras.',
  level: 'Nivå',
  levels: { delomrade: 'Delområden (136)', geso: 'GeSO (14)' },
  levelShort: { delomrade: 'delområde', geso: 'GeSO' },
  showProposed: 'Visa Stadskontorets förslag (5 grupper)',
  showLabels: 'Visa områdesnamn på kartan',
  proposedGroup: (n: number) => `Förslag ${n}`,

  legend: 'Teckenförklaring',
  legendTitle: 'Behovsindex',
  legendLow: 'lägre behov',
  legendHigh: 'högre behov',
  missing: 'Uppgift saknas',
  proposedOutline: 'Föreslaget område (Stadskontoret)',
  gesoOutline: 'Gräns för GeSO',

  search: 'Sök område',
  searchPlaceholder: 'Sök delområde, t.ex. Holma',
  searchNoHits: 'Inga träffar',

  ranking: 'Rangordning',
  rankingCaption: (level: string, n: number) => `Rangordning av ${n} ${level} efter behovsindex. Rang 1 = störst behov.`,
  rank: 'Rang',
  name: 'Namn',
  geso: 'GeSO',
  index: 'Index',
  sortBy: (column: string) => `Sortera efter ${column}`,
  noIndex: 'Uppgift saknas',

  area: 'Område',
  close: 'Stäng',
  rankOf: (rank: number, n: number) => `Rang ${rank} av ${n}`,
  indexValue: 'Behovsindex',
  valuesAgainstMedian: 'Värden jämfört med Malmös median',
  variable: 'Variabel',
  value: 'Värde',
  malmoMedian: 'Median i Malmö',
  contribution: 'Bidrag till index',
  contributionHelp:
    'Bidraget är variabelns vikt (andel) gånger dess normaliserade värde. Bidragen summeras till indexet, så de visar varför området hamnar där det gör.',
  missingVariables: (names: string) => `Inget index: värde saknas för ${names}.`,
  population: 'Befolkning',
  children: 'Barn 0–16 år',
  selectHint: 'Klicka på ett område i kartan eller tabellen för att se varför det hamnar där det gör.',

  loadData: 'Ladda in egen fil',
  loadHelp: 'CSV med semikolon eller komma, decimalkomma eller -punkt. Dra och släpp också möjligt.',
  dropHere: 'Släpp filen för att läsa in den',
  loaded: (file: string) => `${file} är inläst.`,
  loadFailed: 'Filen lästes inte in. Det som redan var inläst finns kvar.',
  dismiss: 'Stäng meddelandet',
  dataSource: 'Data',

  methodTitle: 'Så räknas behovsindexet',
  attribution: 'Delområdesgränser: Malmö stad (CC0)',
  mapLabel: 'Karta över behovsindex per område. Samma uppgifter finns i tabellen Rangordning.',
  loading: 'Laddar kartan…',
  loadingFailed: 'Kartdata kunde inte laddas.',
} as const;

export type Messages = { [K in keyof typeof sv]: Widen<(typeof sv)[K]> };
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
