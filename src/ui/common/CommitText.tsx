import { useState } from 'react';

/**
 * A text field that hands its text over when the user leaves it (or presses
 * Enter in a one-line field), not on every key: typing a reason must not
 * recompute the page, and the stored draft changes once per edit.
 */
export function CommitText({
  id,
  value,
  onCommit,
  multiline = false,
  maxLength,
  placeholder,
  testId,
  describedBy,
}: {
  id: string;
  value: string;
  onCommit: (text: string) => void;
  multiline?: boolean;
  maxLength: number;
  placeholder?: string;
  testId?: string;
  describedBy?: string;
}) {
  const [text, setText] = useState(value);
  // A change from outside (a merge, an opened revision) replaces what is
  // shown in the same render, not an effect later: no frame shows the old text.
  const [given, setGiven] = useState(value);
  if (value !== given) {
    setGiven(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = { id, value: text, maxLength, placeholder, 'data-testid': testId, 'aria-describedby': describedBy, onBlur: commit };
  return multiline ? (
    <textarea {...common} rows={3} onChange={(e) => setText(e.target.value)} />
  ) : (
    <input
      {...common}
      type="text"
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
