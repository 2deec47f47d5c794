import { useRef } from 'react';

/** A button that reads one or more JSON files as text. */
export function ReadJsonFiles({ label, multiple = false, onFiles, testId }: { label: string; multiple?: boolean; onFiles: (files: { name: string; text: string }[]) => void; testId?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple={multiple}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
        }}
      />
    </>
  );
}
