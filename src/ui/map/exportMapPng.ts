import type { Map as MaplibreMap } from 'maplibre-gl';

export interface MapImageText {
  title: string;
  subtitle: string;
  /** Legend rows: colour and label. */
  legend: { colour: readonly number[] | 'hatch'; label: string }[];
  legendTitle: string;
  /** One line per variable, e.g. "Trångboddhet 25 %". */
  weights: string[];
  vintage: string;
  attribution: string;
  exampleNote: string | null;
}

const PANEL = 380;
const PAD = 24;

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
        const canvas = document.createElement('canvas');
        canvas.width = source.width + PANEL;
        canvas.height = Math.max(source.height, 720);
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(source, 0, 0);
        let y = PAD + 8;
        const x = source.width + PAD;
        const line = (s: string, font: string, colour = '#1b1f23', step = 24) => {
          ctx.font = font;
          ctx.fillStyle = colour;
          for (const part of wrap(ctx, s, PANEL - 2 * PAD)) {
            ctx.fillText(part, x, y);
            y += step;
          }
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
            ctx.fillStyle = `rgb(${row.colour.join(' ')})`;
            ctx.fillRect(x, y - 16, 32, 20);
          }
          ctx.strokeStyle = '#8a9199';
          ctx.strokeRect(x, y - 16, 32, 20);
          ctx.font = '16px system-ui, "DejaVu Sans", sans-serif';
          ctx.fillStyle = '#1b1f23';
          ctx.fillText(row.label, x + 42, y);
          y += 28;
        }
        y += 8;
        for (const w of text.weights) line(w, '16px system-ui, "DejaVu Sans", sans-serif', '#1b1f23', 22);
        y += 8;
        line(text.vintage, '14px system-ui, "DejaVu Sans", sans-serif', '#4f5660', 20);
        line(text.attribution, '14px system-ui, "DejaVu Sans", sans-serif', '#4f5660', 20);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png');
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}

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
