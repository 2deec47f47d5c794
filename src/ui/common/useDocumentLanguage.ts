import { useEffect } from 'react';
import type { Language } from '../state/view.ts';

/** The document says which language it is in, for screen readers and
 * translation tools, and its tab title follows. */
export function useDocumentLanguage(language: Language, title: string) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
