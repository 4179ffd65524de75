// What the start-up wrapper does in each mode, decided from the environment alone (unit-tested).
//
// - dev: the embedded database when DATABASE_URL is absent, with the demo data (public password).
// - e2e: a fresh embedded database per port, with the demo data the journeys still use.
// - start (production): never creates known-password accounts unless TRAME_SEED_DEMO=1 asks for it;
//   without DATABASE_URL it refuses to start, unless TRAME_EMBEDDED_DATABASE=1 says the embedded
//   database is wanted — then it says so loudly, because that database lives in .data/ beside the code.

export const EMBEDDED_IN_PRODUCTION_REFUSAL =
  'DATABASE_URL est absente : `npm start` refuse de démarrer une instance de production sur la base ' +
  'embarquée (dossier .data/, sans sauvegarde ni supervision). Donnez DATABASE_URL, ou, pour un essai ' +
  'local délibéré, TRAME_EMBEDDED_DATABASE=1. ' +
  '(DATABASE_URL is not set: refusing to start production on the embedded database; set DATABASE_URL, ' +
  'or TRAME_EMBEDDED_DATABASE=1 to run on it on purpose.)';

export const EMBEDDED_IN_PRODUCTION_WARNING = [
  '████████████████████████████████████████████████████████████████████████████',
  'ATTENTION : production sur la BASE EMBARQUÉE (.data/), à la demande de TRAME_EMBEDDED_DATABASE=1.',
  'Ses données ne vivent que sur cette machine : sauvegardez-les (npm run db:backup).',
  'WARNING: production is running on the EMBEDDED database (.data/).',
  '████████████████████████████████████████████████████████████████████████████',
].join('\n');

export const DEMO_ACCOUNTS_WARNING =
  'ATTENTION : cette base contient les comptes de démonstration, dont le mot de passe est public ' +
  '(README). Supprimez-les ou changez leur mot de passe avant d’ouvrir l’instance. ' +
  '(WARNING: this database holds the demo accounts with the public password.)';

/**
 * @param {'dev' | 'start' | 'e2e'} mode
 * @param {Record<string, string | undefined>} env
 * @returns {{ refuse: string } | { refuse: null, embedded: boolean, seedDemo: boolean, warning: string | null }}
 */
export function planStart(mode, env) {
  const embedded = !env.DATABASE_URL;
  const seedRequested = env.TRAME_SEED_DEMO === '1';
  if (mode !== 'start') return { refuse: null, embedded, seedDemo: embedded || seedRequested, warning: null };
  if (embedded && env.TRAME_EMBEDDED_DATABASE !== '1') return { refuse: EMBEDDED_IN_PRODUCTION_REFUSAL };
  return { refuse: null, embedded, seedDemo: seedRequested, warning: embedded ? EMBEDDED_IN_PRODUCTION_WARNING : null };
}
