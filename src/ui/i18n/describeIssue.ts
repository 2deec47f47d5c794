import type { LoadIssue } from '../../data/loadIssue.ts';
import type { Language } from '../state/view.ts';

/**
 * One sentence per load issue that names the file, row and column, so the
 * user can find the cell in a spreadsheet without guessing.
 */
export function describeIssue(issue: LoadIssue, language: Language): string {
  const where = location(issue, language);
  const v = issue.value ?? '';
  const sv = language === 'sv';
  switch (issue.kind) {
    case 'empty-file':
      return sv ? `${issue.file}: filen är tom.` : `${issue.file}: the file is empty.`;
    case 'binary-file':
      return sv
        ? `${issue.file}: filen är inte en textfil (eller är sparad som UTF-16). Spara den som CSV (UTF-8 eller Windows-1252).`
        : `${issue.file}: not a text file (or saved as UTF-16). Save it as CSV (UTF-8 or Windows-1252).`;
    case 'not-json':
      return sv ? `${issue.file}: filen är inte giltig JSON (${v}).` : `${issue.file}: not valid JSON (${v}).`;
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
      return sv ? `${where}: ${v} ligger utanför 0–100 %.` : `${where}: ${v} is outside 0–100 %.`;
    case 'negative-population':
      return sv ? `${where}: befolkningen kan inte vara negativ (${v}).` : `${where}: population cannot be negative (${v}).`;
    case 'areas-without-row':
      return sv
        ? `${issue.file}: ${issue.count} delområden saknar rad i filen och visas som ”Uppgift saknas” (${v}${(issue.count ?? 0) > 10 ? ' …' : ''}).`
        : `${issue.file}: ${issue.count} delområden have no row and show as “No data” (${v}${(issue.count ?? 0) > 10 ? ' …' : ''}).`;
    case 'text-column-ignored':
      return sv ? `${where}: kolumnen ”${issue.column}” innehåller inga tal och används inte.` : `${where}: the column “${issue.column}” holds no numbers and is not used.`;
    case 'more-issues':
      return sv ? `${issue.file}: ytterligare ${issue.count} fel visas inte.` : `${issue.file}: ${issue.count} more errors not shown.`;
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
      return sv ? `${where}: ”${v}” är inget årtal (t.ex. 2021).` : `${where}: “${v}” is not a year (e.g. 2021).`;
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
      return sv ? `${issue.file}: filen kunde inte läsas (${v}).` : `${issue.file}: the file could not be read (${v}).`;
  }
}

function location(issue: LoadIssue, language: Language): string {
  const parts = [issue.file];
  if (issue.row !== undefined) parts.push(language === 'sv' ? `rad ${issue.row}` : `row ${issue.row}`);
  if (issue.column !== undefined) parts.push(language === 'sv' ? `kolumn ”${issue.column}”` : `column “${issue.column}”`);
  return parts.join(', ');
}
