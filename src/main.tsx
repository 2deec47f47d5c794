/**
 * The entry: almost nothing, so it never holds back index.html's first paint
 * (the title and the coloured map, scripts/firstPaint.ts). The app comes as
 * a lazily loaded chunk, asked for once that paint is on screen: started
 * earlier, its parsing and evaluation take the two cores of a slow computer
 * from the painting, and the first view comes later, not sooner. A tab opened
 * in the background paints nothing, hence the timer. If the chunk cannot be
 * loaded (a dropped connection, a half-deployed update), the first paint's
 * status line says so rather than "Laddar kartan…" for ever.
 */
let started = false;
function start() {
  if (started) return;
  started = true;
  import('./startApp.tsx').catch(() => {
    const status = document.querySelector('.first-paint-status');
    if (status) {
      status.setAttribute('role', 'alert');
      status.textContent = 'Kartan kunde inte laddas. Ladda om sidan. (The map could not be loaded. Reload the page.)';
    }
  });
}
new PerformanceObserver((entries, observer) => {
  if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
  observer.disconnect();
  start();
}).observe({ type: 'paint', buffered: true });
setTimeout(start, 500);
