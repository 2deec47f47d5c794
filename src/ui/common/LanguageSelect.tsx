import type { Language } from '../state/view.ts';

/** Svenska / English, each name in its own language. */
export function LanguageSelect({ label, value, onChange }: { label: string; value: Language; onChange: (language: Language) => void }) {
  return (
    <label className="language">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Language)}>
        <option value="sv" lang="sv">
          Svenska
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
