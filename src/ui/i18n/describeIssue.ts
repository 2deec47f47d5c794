import type { LoadIssue } from '../../data/loadIssue.ts';
import type { Language } from '../state/view.ts';

/**
 * One sentence per load issue that names the file, row and column, so the
 * user can find the cell in a spreadsheet without guessing.
 */
export function describeIssue(issue: LoadIssue, language: Language): string {
  const where = location(issue, language);
  const v = excerpt(issue.value ?? '');
  const sv = language === 'sv';
  const prefix = issue.file ? `${issue.file}: ` : '';
  switch (issue.kind) {
    case 'empty-file':
      return sv ? `${issue.file}: filen är tom.` : `${issue.file}: the file is empty.`;
    case 'binary-file':
      return sv
        ? `${issue.file}: filen är inte en textfil (eller är sparad som UTF-16). Spara den som CSV (UTF-8 eller Windows-1252).`
        : `${issue.file}: not a text file (or saved as UTF-16). Save it as CSV (UTF-8 or Windows-1252).`;
    case 'not-json':
      return sv
        ? `${where}${issue.count ? `, tecken ${issue.count}` : ''}: filen är inte giltig JSON. Kontrollera kommatecken, klamrar och citattecken där.`
        : `${where}${issue.count ? `, character ${issue.count}` : ''}: the file is not valid JSON. Check the commas, brackets and quotes there.`;
    case 'not-geojson':
      return sv ? `${issue.file}: filen är inte en GeoJSON FeatureCollection.` : `${issue.file}: not a GeoJSON FeatureCollection.`;
    case 'malformed-row':
      return sv ? `${where}: raden har fel antal fält eller ofullständiga citattecken (${v}).` : `${where}: wrong number of fields or unbalanced quotes (${v}).`;
    case 'missing-column':
      return sv ? `${where}: kolumnen ”${issue.column}” saknas i rubrikraden.` : `${where}: the column “${issue.column}” is missing from the header.`;
    case 'duplicate-column':
      return sv ? `${where}: kolumnen ”${issue.column}” finns två gånger.` : `${where}: the column “${issue.column}” appears twice.`;
    case 'unknown-code':
      return sv ? `${where}: okänd områdeskod ”${v}” – den finns inte bland Malmös 136 delområden.` : `${where}: unknown area code “${v}” – not one of Malmö's 136 delområden.`;
    case 'duplicate-code':
      return sv ? `${where}: områdeskoden ”${v}” finns redan på rad ${issue.count}.` : `${where}: the area code “${v}” already appears on row ${issue.count}.`;
    case 'missing-code':
      return sv ? `${where}: områdeskod saknas.` : `${where}: no area code.`;
    case 'not-a-number':
      return sv ? `${where}: ”${v}” är inte ett tal. Använd t.ex. 12,3 eller 12.3, och .. för uppgift som saknas.` : `${where}: “${v}” is not a number. Use e.g. 12,3 or 12.3, and .. for a missing value.`;
    case 'percentage-out-of-range':
      return sv ? `${where}: ${v} ligger utanför 0–100 %.` : `${where}: ${v} is outside 0–100%.`;
    case 'negative-population':
      return sv ? `${where}: befolkningen kan inte vara negativ (${v}).` : `${where}: population cannot be negative (${v}).`;
    case 'areas-without-row':
      return sv
        ? `${issue.file}: ${issue.count} delområden saknar rad i filen och visas som ”Uppgift saknas” (${v}${(issue.count ?? 0) > 10 ? ' …' : ''}).`
        : `${issue.file}: ${issue.count} delområden have no row and show as “No data” (${v}${(issue.count ?? 0) > 10 ? ' …' : ''}).`;
    case 'text-column-ignored':
      return sv ? `${where}: kolumnen ”${issue.column}” innehåller inga tal och används inte.` : `${where}: the column “${issue.column}” holds no numbers and is not used.`;
    case 'more-issues':
      return sv ? `${prefix}ytterligare ${issue.count} fel visas inte.` : `${prefix}${issue.count} more errors not shown.`;
    case 'unknown-file-kind':
      return sv
        ? `${issue.file}: känner inte igen filen. Indikatorfiler har kolumnen delomrade_kod, insatsfiler kolumnerna id, namn, typ och omraden (CSV eller GeoJSON).`
        : `${issue.file}: unknown kind of file. Indicator files have the column delomrade_kod, effort files the columns id, namn, typ and omraden (CSV or GeoJSON).`;
    case 'missing-value':
      return sv ? `${where}: värde saknas.` : `${where}: value missing.`;
    case 'duplicate-id':
      return sv ? `${where}: id ”${v}” finns redan på rad ${issue.count}.` : `${where}: id “${v}” already appears on row ${issue.count}.`;
    case 'bad-coordinate':
      return sv ? `${where}: ”${v}” är ingen giltig koordinat (ange både lon och lat i WGS84, t.ex. 13,00 och 55,60).` : `${where}: “${v}” is not a valid coordinate (give both lon and lat in WGS84, e.g. 13.00 and 55.60).`;
    case 'point-outside-malmo':
      return sv ? `${where}: punkten ${v} ligger utanför Malmös delområden.` : `${where}: the point ${v} lies outside Malmö's delområden.`;
    case 'bad-year':
      return sv ? `${where}: ”${v}” är inget årtal (fyra siffror mellan 1950 och 2100, t.ex. 2021).` : `${where}: “${v}” is not a year (four digits between 1950 and 2100, e.g. 2021).`;
    case 'duplicate-area-year':
      return sv ? `${where}: områdeskoden ”${v}” finns redan för år ${issue.year} på rad ${issue.count}.` : `${where}: the area code “${v}” already appears for ${issue.year} on row ${issue.count}.`;
    case 'duplicate-year':
      return sv ? `${issue.file}: år ${issue.year} finns redan i ${v}. Ge varje fil ett eget år.` : `${issue.file}: the year ${issue.year} is already in ${v}. Give each file a year of its own.`;
    case 'variable-missing-years':
      return sv
        ? `${where}: variabeln saknar värden för ${v}. De åren visas som ”Uppgift saknas”.`
        : `${where}: the variable has no values for ${v}. Those years show as “No data”.`;
    case 'area-missing-years': {
      const [code, years] = v.split(': ');
      return sv ? `${where}: delområdet ${code} saknar rad för ${years}. De åren visas som ”Uppgift saknas”.` : `${where}: the delområde ${code} has no row for ${years}. Those years show as “No data”.`;
    }
    case 'bad-cost':
      return sv ? `${where}: ”${v}” är ingen kostnad i kronor (ett tal ≥ 0).` : `${where}: “${v}” is not a cost in kronor (a number ≥ 0).`;
    case 'bad-age':
      return sv ? `${where}: ”${v}” är ingen målgrupp (t.ex. 0-6, 12-18 eller alla).` : `${where}: “${v}” is not a target group (e.g. 0-6, 12-18 or alla).`;
    case 'no-location':
      return sv ? `${where}: insatsen saknar både områden och punkt.` : `${where}: the effort has neither areas nor a point.`;
    case 'url-parameter-ignored':
      return sv ? `Länken innehöll ”${v}”, som inte kunde användas och hoppades över.` : `The link contained “${v}”, which could not be used and was skipped.`;
    case 'scenarios-set-aside':
      return sv
        ? `De sparade scenarierna i webbläsaren gick inte att läsa. De har lagts undan (${v}) och du kan spara nya.`
        : `The scenarios saved in the browser could not be read. They were set aside (${v}) and you can save new ones.`;
    case 'not-scenario':
      return sv ? `${issue.file}: filen är inget Kraftsamla-scenario (${v}).` : `${issue.file}: not a Kraftsamla scenario (${v}).`;
    case 'read-failed':
      return sv ? `${issue.file}: filen kunde inte läsas. Försök igen, eller spara om den som CSV.` : `${issue.file}: the file could not be read. Try again, or save it again as CSV.`;
    case 'bad-encoding': {
      const [byte, encoding] = v.split('/');
      const at = sv ? `, tecken ${issue.position}` : `, character ${issue.position}`;
      return sv
        ? `${where}${at}: byten ${byte} är inte giltig ${encoding === 'utf-8' ? 'UTF-8 (filen är i övrigt UTF-8)' : 'Windows-1252'}. Spara filen som ”CSV UTF-8” och försök igen.`
        : `${where}${at}: the byte ${byte} is not valid ${encoding === 'utf-8' ? 'UTF-8 (the rest of the file is UTF-8)' : 'Windows-1252'}. Save the file as “CSV UTF-8” and try again.`;
    }
    case 'unclosed-quote':
      return sv ? `${where}: ett citattecken (") öppnas men stängs aldrig, så resten av filen blir ett enda fält.` : `${where}: a quote (") opens but never closes, so the rest of the file becomes one field.`;
    case 'mixed-separator': {
      const [found, expected] = v.split('/');
      return sv
        ? `${where}: raden är avgränsad med ”${found}” men rubrikraden med ”${expected}”. Använd samma avgränsare på alla rader.`
        : `${where}: the row is separated by “${found}” but the header by “${expected}”. Use one separator throughout.`;
    }
    case 'too-many-columns':
      return sv
        ? `${where}: filen har ${count(issue.count, sv)} kolumner; som mest ${v} kan läsas. Ta bort kolumner som inte är indikatorer.`
        : `${where}: the file has ${count(issue.count, sv)} columns; at most ${v} can be read. Remove columns that are not indicators.`;
    case 'too-many-rows':
      return sv ? `${issue.file}: filen har fler än ${count(Number(v), sv)} rader, mer än appen läser.` : `${issue.file}: the file has more than ${count(Number(v), sv)} rows, more than the app reads.`;
    case 'too-many-features':
      return sv ? `${issue.file}: filen har ${count(issue.count, sv)} objekt; som mest ${count(Number(v), sv)} kan läsas.` : `${issue.file}: the file has ${count(issue.count, sv)} features; at most ${count(Number(v), sv)} can be read.`;
    case 'file-too-large':
      return sv
        ? `${issue.file}: filen är ${megabytes(issue.count)} MB; som mest ${megabytes(Number(v))} MB kan läsas.`
        : `${issue.file}: the file is ${megabytes(issue.count)} MB; at most ${megabytes(Number(v))} MB can be read.`;
    case 'value-too-large':
      return sv ? `${where}: ”${v}” är för stort för att räkna med (högst 10¹² till beloppet).` : `${where}: “${v}” is too large to compute with (at most 10¹² in magnitude).`;
    case 'bad-geometry':
      return sv ? `${where}: geometrin är ogiltig – ${geometryProblem(v, sv)}.` : `${where}: the geometry is invalid – ${geometryProblem(v, sv)}.`;
    case 'not-text':
      return sv ? `${where}: värdet är ett objekt, inte text eller tal.` : `${where}: the value is an object, not text or a number.`;
    case 'polygon-outside-malmo':
      return sv ? `${where}: polygonen når inget av Malmös delområden.` : `${where}: the polygon reaches none of Malmö's delområden.`;
    case 'scenario-renamed':
      return sv ? `Ett scenario heter redan ”${issue.column}”, så det nya heter ”${v}”.` : `A scenario is already called “${issue.column}”, so the new one is called “${v}”.`;
    case 'storage-failed':
      return sv
        ? `Scenarierna kunde inte sparas i webbläsaren (lagringen är full eller blockerad). De finns kvar tills du stänger sidan – exportera dem som filer för att behålla dem.`
        : `The scenarios could not be saved in the browser (storage is full or blocked). They stay until you close the page – export them as files to keep them.`;
    case 'storage-unreadable':
      return sv
        ? `De sparade scenarierna i webbläsaren gick inte att läsa och inte att lägga undan (${megabytes(issue.count)} MB). De skrivs inte över: nya scenarier sparas bara i den här sessionen tills du väljer vad som ska hända med dem under Scenarier.`
        : `The scenarios saved in the browser could not be read nor set aside (${megabytes(issue.count)} MB). They are not overwritten: new scenarios are kept for this session only until you choose what to do with them under Scenarios.`;
    case 'not-decision':
      return sv ? `${issue.file}: filen är inget beslutsunderlag från Kraftsamla (${fieldProblem(v, sv)}). Inget sparat har ändrats.` : `${issue.file}: not a Kraftsamla decision record (${fieldProblem(v, sv)}). Nothing stored was changed.`;
    case 'not-notes':
      return sv ? `${issue.file}: filen är ingen fil med förvaltningsanteckningar (${fieldProblem(v, sv)}). Inga anteckningar har ändrats.` : `${issue.file}: not a file of department notes (${fieldProblem(v, sv)}). No notes were changed.`;
    case 'notes-merged':
      return sv
        ? `${issue.file}: ${issue.count} nya anteckningar från ${issue.column}${v !== '0' ? `; ${v} skiljer sig från dem som redan fanns – välj under Beslut vilken som gäller` : ''}.`
        : `${issue.file}: ${issue.count} new notes from ${issue.column}${v !== '0' ? `; ${v} differ from those already there – choose under Decision which applies` : ''}.`;
    case 'notes-unknown-code':
      return sv ? `${issue.file}, anteckning ${issue.row}: okänd områdeskod ”${v}” – den hoppades över.` : `${issue.file}, note ${issue.row}: unknown area code “${v}” – skipped.`;
    case 'decision-unchanged':
      return sv ? `${issue.file}: beslutet finns redan i webbläsaren med samma versioner. Inget ändrades.` : `${issue.file}: the browser already holds this decision with the same revisions. Nothing changed.`;
    case 'decision-draft-kept':
      return sv
        ? `${issue.file}: versionerna är inlästa. Ditt osparade utkast finns kvar; öppna en version under Beslut för att arbeta vidare från den.`
        : `${issue.file}: the revisions are loaded. Your unsaved draft stays; open a revision under Decision to continue from it.`;
    case 'decision-not-here':
      return sv
        ? `Länken gäller version ${issue.count} av ett beslut som inte finns i den här webbläsaren. Vikterna i länken visas; läs in beslutsfilen under Beslut för att se urvalet och skälen.`
        : `The link is to revision ${issue.count} of a decision this browser does not hold. The link's weights are shown; load the decision file under Decision to see the selection and reasons.`;
    case 'decision-set-aside':
      return sv
        ? `Beslutsutkastet i webbläsaren gick inte att läsa. Det har lagts undan (${v}) och ett nytt utkast har påbörjats.`
        : `The decision draft in the browser could not be read. It was set aside (${v}) and a new draft started.`;
    case 'decision-storage-failed':
      return sv
        ? 'Beslutet kunde inte sparas i webbläsaren (lagringen är full eller blockerad). Det finns kvar tills du stänger sidan – exportera det som fil för att behålla det.'
        : 'The decision could not be saved in the browser (storage is full or blocked). It stays until you close the page – export it as a file to keep it.';
    case 'decision-storage-unreadable':
      return sv
        ? `Beslutet i webbläsaren gick inte att läsa och inte att lägga undan (${megabytes(issue.count)} MB). Det skrivs inte över förrän du väljer det under Beslut.`
        : `The decision in the browser could not be read nor set aside (${megabytes(issue.count)} MB). It is not overwritten until you choose so under Decision.`;
    case 'participants-set-aside':
      return sv
        ? `Deltagarnas viktningar i webbläsaren gick inte att läsa. De har lagts undan (${v}), och listan börjar om tom.`
        : `The participants' weightings in the browser could not be read. They were set aside (${v}), and the list starts empty.`;
    case 'participants-storage-failed':
      return sv
        ? 'Deltagarnas viktningar kunde inte sparas i webbläsaren (lagringen är full eller blockerad). De finns kvar tills du stänger sidan – exportera dem som scenariofiler för att behålla dem.'
        : "The participants' weightings could not be saved in the browser (storage is full or blocked). They stay until you close the page – export them as scenario files to keep them.";
    case 'participants-storage-unreadable':
      return sv
        ? `Deltagarnas viktningar i webbläsaren gick inte att läsa och inte att lägga undan (${megabytes(issue.count)} MB). De skrivs inte över förrän du väljer det under Scenarier.`
        : `The participants' weightings in the browser could not be read nor set aside (${megabytes(issue.count)} MB). They are not overwritten until you choose so under Scenarios.`;
    case 'unexpected-error':
      return issue.file
        ? sv
          ? `${issue.file}: ett oväntat fel uppstod när filen lästes. Det som redan var inläst finns kvar.`
          : `${issue.file}: an unexpected error occurred while reading the file. The data already loaded stays.`
        : sv
          ? 'Ett oväntat fel uppstod. Det som redan var inläst finns kvar.'
          : 'An unexpected error occurred. The data already loaded stays.';
  }
}

/** A cell quoted in a message is capped: an unclosed quote can make one
 * "cell" of the rest of the file, and a message is no place for 4,000 characters. */
export const MAX_EXCERPT = 80;
function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length <= MAX_EXCERPT ? flat : `${flat.slice(0, MAX_EXCERPT - 1).trimEnd()}…`;
}

const count = (n: number | undefined, sv: boolean) => (n ?? 0).toLocaleString(sv ? 'sv-SE' : 'en-GB');
const megabytes = (bytes: number | undefined) => ((bytes ?? 0) / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

function geometryProblem(value: string, sv: boolean): string {
  const [problem, detail = ''] = value.split(': ');
  const texts: Record<string, [string, string]> = {
    type: detail
      ? [`typen ”${detail}” stöds inte (använd Point, Polygon eller MultiPolygon)`, `the type “${detail}” is not supported (use Point, Polygon or MultiPolygon)`]
      : ['typ saknas (använd Point, Polygon eller MultiPolygon)', 'no type (use Point, Polygon or MultiPolygon)'],
    coordinates: ['koordinaterna saknas eller har fel form', 'the coordinates are missing or have the wrong shape'],
    position: [`${detail || 'en position'} är inget par av ändliga tal (lon, lat)`, `${detail || 'a position'} is not a pair of finite numbers (lon, lat)`],
    'ring-short': [`ring ${detail} har färre än fyra punkter`, `ring ${detail} has fewer than four positions`],
    'ring-open': [`ring ${detail} är inte sluten (första och sista punkten skiljer sig)`, `ring ${detail} is not closed (first and last positions differ)`],
    'too-many-vertices': [`fler än ${detail} hörn`, `more than ${detail} vertices`],
  };
  const text = Object.hasOwn(texts, problem) ? texts[problem] : [problem, problem];
  return sv ? text[0] : text[1];
}

/** A file problem from src/decision/readJson.ts: "not-json", "wrong-format" or a field path. */
function fieldProblem(value: string, sv: boolean): string {
  if (value === 'not-json') return sv ? 'ogiltig JSON' : 'invalid JSON';
  if (value === 'wrong-format') return sv ? 'fel filformat' : 'wrong file format';
  return sv ? `fältet ”${value}” saknas eller är ogiltigt` : `the field “${value}” is missing or invalid`;
}

function location(issue: LoadIssue, language: Language): string {
  const parts = [issue.file];
  if (issue.row !== undefined) parts.push(language === 'sv' ? `rad ${issue.row}` : `row ${issue.row}`);
  if (issue.column !== undefined) parts.push(language === 'sv' ? `kolumn ”${issue.column}”` : `column “${issue.column}”`);
  return parts.join(', ');
}
