import type { BilanSnapshot } from './types';

/*
 * Has anything changed since a validated version? The figures and texts decide, not the moment they
 * were computed: computedAt is left out. Keys are compared in a stable order, so a snapshot read back
 * from JSONB (which reorders object keys) compares equal to the freshly computed one.
 */
export function snapshotsDiffer(current: BilanSnapshot, validated: BilanSnapshot): boolean {
  return canonical({ ...current, computedAt: null }) !== canonical({ ...validated, computedAt: null });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
