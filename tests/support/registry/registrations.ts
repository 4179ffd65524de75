// Public registration: no account. Registering is public by design (rate limit + honeypot); changing
// or cancelling needs the personal link's token, so an attempt with a made-up token must be refused.
import { randomBytes } from 'node:crypto';
import { GET as personalCalendar } from '@/app/(public)/inscription/[token]/agenda.ics/route';
import { cancelRegistrationAction, updateRegistrationAction } from '@/lib/server/actions/registrations';
import { refusals, type RegistryEntry, type Scene } from './kinds';

const madeUpToken = () => randomBytes(32).toString('base64url');

async function noRegistrationChanged({ db, eventA }: Scene) {
  const changed = await db.registration.count({ where: { eventId: eventA.id, OR: [{ status: 'CANCELLED' }, { name: 'Pirate' }] } });
  if (changed !== 0) throw new Error(`registrations of A changed: ${changed}`);
}

export const registrationsEntries: RegistryEntry[] = [
  { kind: 'action', name: 'registerAction', public: 'public registration form of a published event (rate-limited, honeypot)' },
  {
    kind: 'action',
    name: 'updateRegistrationAction',
    attempt: () =>
      updateRegistrationAction({ token: madeUpToken(), name: 'Pirate', organisation: '', category: 'AUTRE', accessibilityNeeds: '', sessionIds: [] }),
    unchanged: noRegistrationChanged,
    expect: refusals.token(),
  },
  {
    kind: 'action',
    name: 'cancelRegistrationAction',
    attempt: () => cancelRegistrationAction({ token: madeUpToken() }),
    unchanged: noRegistrationChanged,
    expect: refusals.token(),
  },
  {
    kind: 'route',
    name: 'app/(public)/inscription/[token]/agenda.ics/route.ts',
    attempt: () => {
      const token = madeUpToken();
      return personalCalendar(new Request(`http://localhost/inscription/${token}/agenda.ics`), { params: Promise.resolve({ token }) });
    },
    expect: refusals.token(),
  },
];
