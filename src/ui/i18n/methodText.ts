/** The method in plain language; the README's "Så räknas indexet" says the same. */
export const methodText = {
  sv: [
    'Indexet bygger på fyra variabler som Stadskontoret föreslagit: behörighet till yrkesprogram, trångboddhet, ekonomiskt bistånd och låg inkomststandard.',
    'Varje variabel görs jämförbar med ett z-värde: områdets värde minus medelvärdet för alla delområden med uppgift, delat med standardavvikelsen. För behörighet betyder ett högre värde mindre behov, så där vänds tecknet.',
    'Indexet är ett vägt medelvärde av z-värdena. Vikten för varje variabel är dess andel av summan av reglagen; som standard väger alla lika (25 % var).',
    'Rang 1 är området med högst index, alltså störst behov enligt de valda variablerna. Lika index ger samma rang. Ett område där någon vägd variabel saknas får inget index (”Uppgift saknas”) – inget värde gissas fram.',
    'På GeSO-nivå räknas först ett befolkningsvägt medelvärde av varje variabel över delområdena (behörighet vägs med antal barn 0–16 år, övriga med hela befolkningen), sedan samma metod över de 14 GeSO.',
    'Indexet fångar inte allt. Styrgruppen väger in förvaltningarnas kunskap om områdena, pågående insatser och annan statistik innan områden väljs.',
  ],
  en: [
    'The index builds on four variables proposed by the city office: eligibility for vocational programmes, overcrowding, financial assistance and low income standard.',
    'Each variable is made comparable as a z-score: the area’s value minus the mean over all delområden with a value, divided by the standard deviation. For eligibility a higher value means less need, so its sign is reversed.',
    'The index is a weighted mean of the z-scores. Each variable’s weight is its share of the sum of the sliders; by default all weigh the same (25 % each).',
    'Rank 1 is the area with the highest index, i.e. the greatest need by the chosen variables. Equal indices share a rank. An area missing any weighted variable gets no index (“No data”) – no value is guessed.',
    'At GeSO level a population-weighted mean of each variable is taken over the delområden (eligibility weighted by children 0–16, the others by total population), then the same method is applied across the 14 GeSO.',
    'The index does not capture everything. The steering group also weighs the departments’ knowledge of the areas, ongoing efforts and other statistics before choosing areas.',
  ],
} as const;
