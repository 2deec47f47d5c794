/**
 * A diagonal hatch drawn into a small canvas at runtime and used as a deck.gl
 * fill pattern, so "Uppgift saknas" is told apart by texture as well as
 * colour and nothing has to be fetched.
 */
export const HATCH_MAPPING = { hatch: { x: 0, y: 0, width: 16, height: 16, mask: true } };

export function createHatchAtlas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 16;
  canvas.height = 16;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 2;
  ctx.beginPath();
  // Three strokes so the pattern tiles seamlessly.
  for (const offset of [-16, 0, 16]) {
    ctx.moveTo(offset, 16);
    ctx.lineTo(offset + 16, 0);
  }
  ctx.stroke();
  return canvas;
}
