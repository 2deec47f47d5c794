import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext.ts';

/** The keyboard shortcuts, as a modal dialog (opened with ?). */
export function KeyOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div className="key-overlay" role="dialog" aria-modal="true" aria-labelledby="keys-heading" onClick={(e) => e.stopPropagation()} data-testid="key-overlay">
        <h2 id="keys-heading">{t.common.keysTitle}</h2>
        <dl>
          {t.common.keyList.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="help">{t.common.keysHelp}</p>
        <button type="button" ref={close} onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    </div>
  );
}
