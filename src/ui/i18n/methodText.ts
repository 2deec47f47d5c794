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
    'The index is a weighted mean of the z-scores. Each variable’s weight is its share of the sum of the sliders; by default all weigh the same (25% each).',
    'Rank 1 is the area with the highest index, i.e. the greatest need by the chosen variables. Equal indices share a rank. An area missing any weighted variable gets no index (“No data”) – no value is guessed.',
    'At GeSO level a population-weighted mean of each variable is taken over the delområden (eligibility weighted by children 0–16, the others by total population), then the same method is applied across the 14 GeSO.',
    'The index does not capture everything. The steering group also weighs the departments’ knowledge of the areas, ongoing efforts and other statistics before choosing areas.',
  ],
} as const;

/** The uncertainty and sensitivity analysis in plain language (issue 5);
 * shown on the public page and in the planners' method notes. */
export const uncertaintyMethodText = {
  sv: {
    title: 'Hur säker är rangordningen?',
    paragraphs: [
      'Rangordningen bygger på val: hur variablerna vägs, hur de görs jämförbara och siffror som i små områden delvis beror på slumpen. För att visa hur mycket rangordningen hänger på valen räknar verktyget om indexet många gånger – som standard 10 000 – och varierar valen lite varje gång. Det kallas en Monte Carlo-analys.',
      'Vikterna varieras runt de valda vikterna. Man väljer hur mycket: lite (ungefär ±2,5 procentenheter för en vikt på 25 %), måttligt (±5), mycket (±10) eller helt öppet, där alla viktningar är lika sannolika. Vikterna dras från en Dirichletfördelning, som alltid ger vikter som tillsammans blir 100 %. Man kan också låta normaliseringen växla mellan z-värde, min–max och percentilrang.',
      'En andel som bygger på få personer är osäker. Behörighet till yrkesprogram mäts på en enda årskull, i ett delområde ofta bara 20–60 elever. Med slumpfel påslaget varieras varje andel med sitt statistiska fel (binomialt standardfel). Områden där felmarginalen är större än ±15 procentenheter markeras med streckad kant på kartan och med ”Litet underlag” i tabellerna.',
      'För varje område visas medianrangen, ett intervall där 90 % av omräkningarna hamnar (från 5:e till 95:e percentilen) och sannolikheten att hamna bland de N högsta. N är 12 som standard, lika många som delområdena i Stadskontorets förslag.',
      'För varje vikt visas hur stor del av variationen i rangplatserna som den vikten ensam förklarar (förstaordningens känslighetsindex). Det skattas från samma omräkningar: de delas i lika stora grupper efter vikten och man jämför hur mycket rangen skiljer sig mellan grupperna (Plischke, Borgonovo och Smith 2013). Vikterna hänger ihop eftersom de summerar till 100 %, så andelarna kan tillsammans bli mer än 100 %.',
      'För ett valt område räknas också ut den minsta ändringen av vikterna som tar in det bland, eller ut ur, de N högsta, och den bästa och sämsta rang som någon viktning alls kan ge. Med fyra variabler kan flera områden hamna först med en särskilt vald viktning. Det visar hur mycket resultatet beror på vikterna – och varför valet av vikter behöver diskuteras öppet.',
      'Slumpen styrs av ett frö som visas. Samma frö och samma val ger exakt samma resultat, så en siffra i ett protokoll går att återskapa. Metoden följer OECD:s och EU-kommissionens (JRC) handbok för sammansatta index (2008).',
    ],
  },
  en: {
    title: 'How certain is the ranking?',
    paragraphs: [
      'The ranking rests on choices: how the variables are weighted, how they are made comparable, and figures that in small areas partly depend on chance. To show how much the ranking hinges on these choices, the tool recomputes the index many times – 10,000 by default – varying the choices a little each time. This is called a Monte Carlo analysis.',
      'The weights vary around the chosen weights. You choose how much: a little (about ±2.5 percentage points for a 25% weight), moderately (±5), a lot (±10) or fully open, where every weighting is equally likely. The weights are drawn from a Dirichlet distribution, which always gives weights summing to 100%. The normalisation can also switch between z-score, min–max and percentile rank.',
      'A rate based on few people is uncertain. Eligibility for vocational programmes is measured on a single year group, often only 20–60 pupils in a delområde. With chance variation switched on, each rate varies with its statistical error (binomial standard error). Areas whose margin of error exceeds ±15 percentage points get a dashed edge on the map and “Small base” in the tables.',
      'For each area the tool shows the median rank, an interval holding 90% of the recomputations (5th to 95th percentile) and the probability of being among the N highest. N is 12 by default, as many as the delområden in the city office’s proposal.',
      'For each weight it shows how much of the variation in ranks that weight alone explains (first-order sensitivity index), estimated from the same recomputations: they are split into equal groups by the weight and the ranks are compared between groups (Plischke, Borgonovo and Smith 2013). The weights are linked because they sum to 100%, so the shares can add up to more than 100%.',
      'For a selected area it also works out the smallest change of the weights that brings it into, or out of, the N highest, and the best and worst rank any weighting can give. With four variables several areas can be put first by a specially chosen weighting. That shows how much the result depends on the weights – and why the choice of weights needs open discussion.',
      'Chance is governed by a seed that is shown. The same seed and choices give exactly the same result, so a figure in the minutes can be reproduced. The method follows the OECD/EU Commission (JRC) handbook on composite indicators (2008).',
    ],
  },
} as const;

/** The same analysis for the public page, in plain words: what it does and
 * what it shows, without the statistical terms (those are in the planners'
 * method notes above). */
export const publicUncertaintyText = {
  sv: {
    title: 'Hur säker är rangordningen?',
    paragraphs: [
      'Rangordningen bygger på val: hur mycket varje variabel får väga och hur siffrorna görs jämförbara. I små områden beror siffrorna också delvis på slumpen, eftersom de bygger på få personer.',
      'För att se hur mycket rangordningen hänger på valen räknar verktyget om indexet 10 000 gånger och ändrar vikterna lite varje gång, så att de alltid blir 100 % tillsammans. Ett område som hamnar bland de högsta nästan varje gång ligger stadigt där. Ett område som ibland hamnar där och ibland inte ligger nära gränsen, och där behöver valet av vikter diskuteras öppet.',
      'Områden där siffrorna bygger på så få personer att felmarginalen är stor har streckad kant på kartan och märks ”Litet underlag” i tabellen.',
      'Samma val ger alltid samma resultat, så en siffra i ett protokoll går att räkna fram igen. Metoden följer OECD:s och EU-kommissionens handbok för sammansatta index.',
    ],
  },
  en: {
    title: 'How certain is the ranking?',
    paragraphs: [
      'The ranking rests on choices: how much each variable weighs and how the figures are made comparable. In small areas the figures also partly depend on chance, because they are based on few people.',
      'To see how much the ranking hinges on those choices, the tool recomputes the index 10,000 times, changing the weights a little each time so that they always add up to 100%. An area that is among the highest almost every time is firmly there. An area that is sometimes there and sometimes not is close to the line, and there the choice of weights needs open discussion.',
      'Areas whose figures rest on so few people that the margin of error is large have a dashed edge on the map and are marked “Small base” in the table.',
      'The same choices always give the same result, so a figure in the minutes can be worked out again. The method follows the OECD and EU Commission handbook on composite indicators.',
    ],
  },
} as const;
