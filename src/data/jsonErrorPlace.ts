/**
 * Where JSON.parse gave up, as a line and a character on that line, so the
 * message can say it in the user's language. The engine's own text is English
 * and differs between browsers; only the position in it is kept.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return placeOf(text, Number(position[1]));
  // "Unexpected end of JSON input": the text stops before the value closes.
  if (/end of (JSON )?input|unexpected end/i.test(message)) return placeOf(text, text.length);
  return null;
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lineStart = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lineStart };
}
