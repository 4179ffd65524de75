// Messages to a group and unsubscribing (issue 17): an outsider or a MEMBER tries to write to A's
// participants; anyone tries to unsubscribe someone with a made-up link.
import { randomUUID } from 'node:crypto';
import { POST as unsubscribeOneClick } from '@/app/api/desabonnement/[token]/route';
import {
  previewGroupMessageAction,
  saveRemindersAction,
  sendGroupMessageAction,
  sendTestGroupMessageAction,
  unsubscribeAction,
} from '@/lib/server/actions/group-messages';
import { refusals, type RegistryEntry, type Scene } from './kinds';

const madeUpToken = () => `${randomUUID()}.${'A'.repeat(43)}`;
const message = ({ eventA }: Scene) => ({ eventId: eventA.id, segment: 'confirmed' as const, subject: 'Message pirate', body: 'Bonjour {{nom}}' });

async function nothingSent({ db, eventA }: Scene) {
  const [messages, emails] = await Promise.all([
    db.groupMessage.count({ where: { eventId: eventA.id } }),
    db.outboxEmail.count({ where: { eventId: eventA.id } }),
  ]);
  if (messages + emails !== 0) throw new Error(`messages written for A: ${messages} group, ${emails} e-mails`);
}

async function nobodyUnsubscribed({ db, eventA }: Scene) {
  const count = await db.registration.count({ where: { eventId: eventA.id, unsubscribedAt: { not: null } } });
  if (count !== 0) throw new Error(`unsubscribed in A: ${count}`);
}

export const messagesEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'previewGroupMessageAction',
    attempt: (scene) => previewGroupMessageAction(message(scene)),
    expect: refusals.event('event.emails'),
  },
  {
    kind: 'action',
    name: 'sendTestGroupMessageAction',
    attempt: (scene) => sendTestGroupMessageAction(message(scene)),
    unchanged: nothingSent,
    expect: refusals.event('event.emails'),
  },
  {
    kind: 'action',
    name: 'sendGroupMessageAction',
    attempt: (scene) => sendGroupMessageAction(message(scene)),
    unchanged: nothingSent,
    expect: refusals.event('event.emails'),
  },
  {
    kind: 'action',
    name: 'saveRemindersAction',
    attempt: ({ eventA }) =>
      saveRemindersAction({ eventId: eventA.id, reminders: [{ daysBefore: 2, enabled: true, subject: 'Rappel pirate', body: 'Bonjour {{nom}}' }] }),
    unchanged: async ({ db, eventA }) => {
      const count = await db.eventReminder.count({ where: { eventId: eventA.id } });
      if (count !== 0) throw new Error(`reminders of A changed: ${count}`);
    },
    expect: refusals.event('event.emails'),
  },
  {
    kind: 'action',
    name: 'unsubscribeAction',
    attempt: () => unsubscribeAction({ token: madeUpToken() }),
    unchanged: nobodyUnsubscribed,
    expect: refusals.token(),
  },
  {
    kind: 'route',
    name: 'app/api/desabonnement/[token]/route.ts',
    // POST is the one-click unsubscribe (the signed link is the credential); GET only redirects to the page.
    attempt: () => {
      const token = madeUpToken();
      return unsubscribeOneClick(new Request(`http://localhost/api/desabonnement/${token}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), {
        params: Promise.resolve({ token }),
      });
    },
    unchanged: nobodyUnsubscribed,
    expect: refusals.token(),
  },
];
