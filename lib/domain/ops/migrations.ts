export type AppliedMigration = { name: string; finished: boolean; rolledBack: boolean };

export type MigrationState =
  | { state: 'up-to-date' }
  | { state: 'pending'; names: string[] }
  | { state: 'failed'; names: string[] }
  | { state: 'unknown'; names: string[] };

/**
 * Compares the committed migration folders with what the database recorded. Failed and unknown
 * migrations are the dangerous cases (the schema is not the one the code expects), so they win.
 */
export function compareMigrations(committed: readonly string[], applied: readonly AppliedMigration[]): MigrationState {
  const live = applied.filter((m) => !m.rolledBack);
  const failed = live.filter((m) => !m.finished).map((m) => m.name);
  if (failed.length > 0) return { state: 'failed', names: failed };
  const known = new Set(committed);
  const unknown = live.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length > 0) return { state: 'unknown', names: unknown };
  const done = new Set(live.map((m) => m.name));
  const pending = committed.filter((name) => !done.has(name));
  if (pending.length > 0) return { state: 'pending', names: pending };
  return { state: 'up-to-date' };
}
