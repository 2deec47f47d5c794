import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapImageText } from './mapImageText.ts';

const PANEL = 380;
const PAD = 24;
/** Far more than 14 effort types, six classes and five lines need. */
const MAX_PANEL_HEIGHT = 2400;

/**
 * The current map as a PNG with title, legend, weights, data vintage and
 * attribution burnt in, so a picture in a slide or report explains itself.
 * The map canvas is read inside MapLibre's render event, while the WebGL
 * drawing buffer still holds the frame.
 */
export function exportMapPng(map: MaplibreMap, text: MapImageText): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        // The panel is drawn first on a tall canvas, so a long legend sets the picture's height instead of being cut.
        const panel = document.createElement('canvas');
        panel.width = PANEL;
        panel.height = MAX_PANEL_HEIGHT;
        const used = drawPanel(panel.getContext('2d')!, text);
        const canvas = document.createElement('canvas');
        canvas.width = source.width + PANEL;
        canvas.height = Math.max(source.height, used);
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(source, 0, 0);
        ctx.drawImage(panel, 0, 0, PANEL, used, source.width, 0, PANEL, used);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png');
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}

/** Title, keys, weights and sources down the panel; returns the height used. */
function drawPanel(ctx: CanvasRenderingContext2D, text: MapImageText): number {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PANEL, MAX_PANEL_HEIGHT);
  let y = PAD + 8;
  const x = PAD;
  const line = (s: string, font: string, colour = '#1b1f23', step = 24) => {
    ctx.font = font;
    ctx.fillStyle = colour;
    for (const part of wrap(ctx, s, PANEL - 2 * PAD)) {
      ctx.fillText(part, x, y);
      y += step;
    }
  };
  // A key's label beside its swatch, wrapped to the panel.
  const label = (s: string, at: number) => {
    ctx.font = '16px system-ui, "DejaVu Sans", sans-serif';
    ctx.fillStyle = '#1b1f23';
    const parts = wrap(ctx, s, PANEL - 2 * PAD - 42);
    parts.forEach((part, i) => ctx.fillText(part, x + 42, at + i * 20));
    y += (parts.length - 1) * 20;
  };
  line(text.title, 'bold 26px system-ui, "DejaVu Sans", sans-serif', '#0b5394', 32);
  line(text.subtitle, '16px system-ui, "DejaVu Sans", sans-serif', '#4f5660', 22);
  if (text.exampleNote) {
    y += 4;
    line(text.exampleNote, 'bold 16px system-ui, "DejaVu Sans", sans-serif', '#5c3c00', 22);
  }
  y += 12;
  line(text.legendTitle, 'bold 18px system-ui, "DejaVu Sans", sans-serif');
  for (const row of text.legend) {
    if (row.colour === 'hatch') {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y - 16, 32, 20);
      ctx.clip();
      ctx.fillStyle = '#d6d6d6';
      ctx.fillRect(x, y - 16, 32, 20);
      ctx.strokeStyle = '#969696';
      ctx.lineWidth = 2;
      ctx.beginPath();
      for (let i = -20; i < 40; i += 6) {
        ctx.moveTo(x + i, y + 4);
        ctx.lineTo(x + i + 20, y - 16);
      }
      ctx.stroke();
      ctx.restore();
    } else {
      ctx.fillStyle = rgb(row.colour);
      ctx.fillRect(x, y - 16, 32, 20);
    }
    ctx.strokeStyle = '#8a9199';
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y - 16, 32, 20);
    label(row.label, y);
    y += 28;
  }
  for (const row of text.lines) {
    ctx.strokeStyle = rgb(row.colour);
    ctx.lineWidth = row.width;
    ctx.setLineDash(row.dashed ? [6, 4] : []);
    ctx.beginPath();
    ctx.moveTo(x, y - 6);
    ctx.lineTo(x + 32, y - 6);
    ctx.stroke();
    ctx.setLineDash([]);
    label(row.label, y);
    y += 26;
  }
  for (const row of text.symbols) {
    ctx.fillStyle = rgb(row.colour);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(x + 16, y - 6, 11, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    ctx.font = 'bold 11px system-ui, "DejaVu Sans", sans-serif';
    ctx.fillStyle = rgb(row.textColour);
    ctx.textAlign = 'center';
    ctx.fillText(row.text, x + 16, y - 2);
    ctx.textAlign = 'start';
    label(row.label, y);
    y += 26;
  }
  y += 8;
  for (const w of text.weights) line(w, '16px system-ui, "DejaVu Sans", sans-serif', '#1b1f23', 22);
  y += 8;
  for (const source of text.sources) line(source, '14px system-ui, "DejaVu Sans", sans-serif', '#4f5660', 20);
  line(text.attribution, '14px system-ui, "DejaVu Sans", sans-serif', '#4f5660', 20);
  return Math.min(MAX_PANEL_HEIGHT, y + PAD);
}

const rgb = (colour: readonly number[]) => `rgb(${colour.slice(0, 3).join(' ')})`;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (ctx.measureText(next).width > width && current) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}
