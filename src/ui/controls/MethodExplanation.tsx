import { useI18n } from '../i18n/I18nContext.ts';
import { methodText, uncertaintyMethodText } from '../i18n/methodText.ts';

/** The method in plain words, next to the controls that change it. */
export function MethodExplanation() {
  const { t, language } = useI18n();
  const text = methodText[language];
  return (
    <details className="panel method-explanation">
      <summary>
        <h2>{t.controls.methodTitle}</h2>
      </summary>
      {text.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <h3>{uncertaintyMethodText[language].title}</h3>
      {uncertaintyMethodText[language].paragraphs.map((paragraph, i) => (
        <p key={`u${i}`}>{paragraph}</p>
      ))}
      <p className="attribution">{t.common.attribution}</p>
    </details>
  );
}
