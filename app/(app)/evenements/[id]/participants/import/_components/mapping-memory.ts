import type { ImportSource, SavedMapping } from '@/lib/domain/registrations/import-columns';

/*
 * The last mapping confirmed for each source stays in this browser (localStorage), by column
 * name: nothing is stored on the server. Another browser starts again from the source's preset.
 */
const key = (source: ImportSource) => `trame:import-colonnes:${source}`;

export function loadSavedMapping(source: ImportSource): SavedMapping | null {
  try {
    const raw = window.localStorage.getItem(key(source));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' ? (parsed as SavedMapping) : null;
  } catch {
    return null;
  }
}

export function saveMapping(source: ImportSource, mapping: SavedMapping): void {
  try {
    window.localStorage.setItem(key(source), JSON.stringify(mapping));
  } catch {
    // Private browsing or a full storage: the preset will be proposed next time, nothing more.
  }
}
