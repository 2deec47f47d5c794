import { describe, expect, it } from 'vitest';
import type { LoadIssueKind } from '../../../src/data/loadIssue.ts';
import { describeIssue } from '../../../src/ui/i18n/describeIssue.ts';

const kinds: LoadIssueKind[] = [
  'empty-file', 'binary-file', 'not-json', 'not-geojson', 'malformed-row', 'missing-column', 'duplicate-column',
  'unknown-code', 'duplicate-code', 'missing-code', 'not-a-number', 'percentage-out-of-range', 'negative-population',
  'areas-without-row', 'text-column-ignored', 'read-failed', 'more-issues', 'unknown-file-kind', 'missing-value',
  'duplicate-id', 'bad-coordinate', 'point-outside-malmo', 'bad-year', 'bad-cost', 'bad-age', 'no-location', 'not-scenario',
  'not-decision', 'not-notes', 'notes-merged', 'notes-unknown-code', 'decision-unchanged', 'decision-draft-kept',
];

describe('describeIssue', () => {
  it.each(kinds)('names the file for %s in both languages', (kind) => {
    const issue = { kind, file: 'mina-data.csv', value: 'v', count: 3 };
    expect(describeIssue(issue, 'sv')).toContain('mina-data.csv');
    expect(describeIssue(issue, 'en')).toContain('mina-data.csv');
  });
  it('says which link parameter was skipped, as text', () => {
    expect(describeIssue({ kind: 'url-parameter-ignored', file: '', value: 'w=<script>' }, 'sv')).toBe(
      'Länken innehöll ”w=<script>”, som inte kunde användas och hoppades över.',
    );
  });
  it('names row and column in plain Swedish', () => {
    const text = describeIssue({ kind: 'not-a-number', file: 'f.csv', row: 14, column: 'trangboddhet', value: 'abc' }, 'sv');
    expect(text).toBe('f.csv, rad 14, kolumn ”trangboddhet”: ”abc” är inte ett tal. Använd t.ex. 12,3 eller 12.3, och .. för uppgift som saknas.');
  });
  it('names the field of a wrong decision or notes file, and the note of an unknown code', () => {
    expect(describeIssue({ kind: 'not-decision', file: 'beslut.json', value: 'revisions[0].areas[3].status' }, 'sv')).toBe(
      'beslut.json: filen är inget beslutsunderlag från Kraftsamla (fältet ”revisions[0].areas[3].status” saknas eller är ogiltigt). Inget sparat har ändrats.',
    );
    expect(describeIssue({ kind: 'not-notes', file: 'tn.json', value: 'not-json' }, 'sv')).toContain('(ogiltig JSON)');
    expect(describeIssue({ kind: 'notes-unknown-code', file: 'tn.json', row: 3, value: '99999' }, 'sv')).toBe('tn.json, anteckning 3: okänd områdeskod ”99999” – den hoppades över.');
  });
  it('says where a JSON file breaks in Swedish, without the engine\'s English', () => {
    expect(describeIssue({ kind: 'not-json', file: 'insatser.geojson', row: 3, count: 24 }, 'sv')).toBe(
      'insatser.geojson, rad 3, tecken 24: filen är inte giltig JSON. Kontrollera kommatecken, klamrar och citattecken där.',
    );
  });
  it('caps a quoted cell, so a broken quote never pastes the file into the message', () => {
    const cell = `12,3;${'Västra Hamnen;10990;'.repeat(200)}`;
    const text = describeIssue({ kind: 'not-a-number', file: 'f.csv', row: 2, column: 'trangboddhet', value: cell }, 'sv');
    expect(text.length).toBeLessThan(220);
    expect(text).toContain('”12,3;Västra Hamnen;');
    expect(text).toContain('…”');
  });
});
