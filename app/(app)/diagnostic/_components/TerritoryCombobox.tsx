'use client';
import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { inputClass } from '@/components/ui/Field';
import type { TerritoryChoice } from '@/lib/schemas/diagnostic';

export type TerritoryOption = TerritoryChoice & { name: string; label: string };

type Search = { status: 'idle' | 'loading' | 'error' } | { status: 'done'; query: string; options: TerritoryOption[] };

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;

/**
 * An ARIA 1.2 combobox over /api/territoires: type a name or a code, move with ↑/↓, choose with
 * Entrée, close with Échap. Focus stays in the input; aria-activedescendant points at the option.
 */
export function TerritoryCombobox({
  control,
  ref,
  onChange,
  onBlur,
}: {
  control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };
  /** The input's ref, so that react-hook-form can focus it on an error. */
  ref?: Ref<HTMLInputElement>;
  onChange: (choice: TerritoryChoice | undefined) => void;
  onBlur?: () => void;
}) {
  const listboxId = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<TerritoryOption | null>(null);
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Results stay shown while the next keystrokes are debounced, not once the input is too short.
  const options = search.status === 'done' && query.trim().length >= MIN_LENGTH ? search.options : [];

  useEffect(() => {
    const q = query.trim();
    if (selected || q.length < MIN_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearch({ status: 'loading' });
      try {
        const response = await fetch(`/api/territoires?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: TerritoryOption[] };
        setSearch({ status: 'done', query: q, options: body.results });
        setActive(-1);
        setOpen(true);
      } catch {
        if (!controller.signal.aborted) setSearch({ status: 'error' });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, selected]);

  function choose(option: TerritoryOption) {
    setSelected(option);
    setQuery(option.label);
    setOpen(false);
    setActive(-1);
    onChange({ level: option.level, code: option.code });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => (open ? (current + step + options.length) % options.length : step === 1 ? 0 : options.length - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      // Choosing an option must not submit the form.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && options.length > 0;
  return (
    <div className="relative">
      <input
        {...control}
        ref={ref}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
        className={inputClass}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          if (event.target.value.trim().length < MIN_LENGTH) setOpen(false);
          if (selected) {
            setSelected(null);
            onChange(undefined);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Territoires trouvés"
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-400 bg-white py-1 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={`${option.level}-${option.code}`}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-brand-700 text-white' : 'hover:bg-brand-50'}`}
            // Keep the focus in the input so that the blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700">
        {statusText(search, selected, query, open)}
      </p>
    </div>
  );
}

function statusText(search: Search, selected: TerritoryOption | null, query: string, open: boolean): string {
  if (selected) return `Territoire choisi : ${selected.label}.`;
  if (query.trim().length < MIN_LENGTH) return '';
  if (search.status === 'loading') return 'Recherche…';
  if (search.status === 'error') return 'La recherche a échoué. Réessayez dans un instant.';
  if (search.status !== 'done' || !open) return '';
  if (search.options.length === 0) return `Aucun territoire ne correspond à « ${search.query} ».`;
  const count = search.options.length === 1 ? '1 territoire trouvé' : `${search.options.length} territoires trouvés`;
  return `${count} : flèches haut et bas pour parcourir, Entrée pour choisir.`;
}
