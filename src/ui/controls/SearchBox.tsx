import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.ts';
import { matchAreas, type SearchItem } from './matchAreas.ts';

/** Combobox (WAI-ARIA pattern): type, arrow to a hit, Enter zooms to it. */
export function SearchBox({ items, onChoose }: { items: readonly SearchItem[]; onChoose: (code: string) => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => matchAreas(items, query), [items, query]);
  const listId = useId();

  const choose = (item: SearchItem | undefined) => {
    if (!item) return;
    onChoose(item.code);
    setQuery(item.name);
    setOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t.controls.search}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={open && query !== ''}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${hits[active].code}` : undefined}
        placeholder={t.controls.searchPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && query !== '' && (
        <ul id={listId} role="listbox" className="search-hits" aria-label={t.controls.search}>
          {hits.length === 0 && <li className="muted">{t.controls.searchNoHits}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.code}
              id={`${listId}-${hit.code}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              {hit.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
