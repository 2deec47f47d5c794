import { useState } from 'react';

interface Props {
  label: string;
  submitLabel: string;
  testId: string;
  onSubmit: (name: string) => void;
}

/** One name and a button: saving a scenario, adding a participant. */
export function NameForm({ label, submitLabel, testId, onSubmit }: Props) {
  const [name, setName] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(name);
        setName('');
      }}
    >
      <label className="field">
        <span>{label}</span>
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} data-testid={testId} />
      </label>
      <button type="submit" disabled={name.trim() === ''}>
        {submitLabel}
      </button>
    </form>
  );
}
