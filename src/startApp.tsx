/**
 * The app itself, with its styles and libraries (React, MapLibre, deck.gl):
 * one chunk that src/main.tsx loads once index.html's first paint is on
 * screen.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { App } from './ui/app/App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
