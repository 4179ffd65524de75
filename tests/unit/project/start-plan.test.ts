import { describe, expect, it } from 'vitest';
import { EMBEDDED_IN_PRODUCTION_REFUSAL, EMBEDDED_IN_PRODUCTION_WARNING, planStart } from '../../../scripts/lib/start-plan.mjs';

const URL = 'postgresql://trame:secret@db.exemple.fr:5432/trame';

describe('start-up plan', () => {
  it.each([
    // mode, environment, expected plan
    ['dev', {}, { refuse: null, embedded: true, seedDemo: true, warning: null }],
    ['dev', { DATABASE_URL: URL }, { refuse: null, embedded: false, seedDemo: false, warning: null }],
    ['dev', { DATABASE_URL: URL, TRAME_SEED_DEMO: '1' }, { refuse: null, embedded: false, seedDemo: true, warning: null }],
    ['e2e', {}, { refuse: null, embedded: true, seedDemo: true, warning: null }],
    ['start', { DATABASE_URL: URL }, { refuse: null, embedded: false, seedDemo: false, warning: null }],
    ['start', { DATABASE_URL: URL, TRAME_SEED_DEMO: '1' }, { refuse: null, embedded: false, seedDemo: true, warning: null }],
    ['start', { TRAME_EMBEDDED_DATABASE: '1' }, { refuse: null, embedded: true, seedDemo: false, warning: EMBEDDED_IN_PRODUCTION_WARNING }],
  ] as const)('%s with %j', (mode, env, plan) => {
    expect(planStart(mode, env)).toEqual(plan);
  });

  it('refuses a production start without DATABASE_URL unless the embedded database is asked for', () => {
    expect(planStart('start', {})).toEqual({ refuse: EMBEDDED_IN_PRODUCTION_REFUSAL });
    expect(planStart('start', { TRAME_SEED_DEMO: '1' })).toEqual({ refuse: EMBEDDED_IN_PRODUCTION_REFUSAL });
  });

  it('never seeds the demo accounts in production on its own, even on the embedded database', () => {
    const plan = planStart('start', { TRAME_EMBEDDED_DATABASE: '1' });
    expect(plan.refuse === null && plan.seedDemo).toBe(false);
  });
});
