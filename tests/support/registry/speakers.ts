// Speakers' personal links and the call for proposals (issue 17.5-6): an outsider, a funder or a MEMBER
// tries to send A's speakers a link, to change A's call or decide A's proposals; anyone tries a made-up link.
import { randomBytes } from 'node:crypto';
import { GET as getSpeakerFile } from '@/app/(app)/evenements/[id]/programme/intervenants/[speakerId]/[fichier]/route';
import { POST as postSpeakerFile } from '@/app/(public)/intervenant/[token]/[fichier]/route';
import { decideProposalAction, updateCallAction } from '@/lib/server/actions/proposals';
import { confirmSpeakerAction, revokeSpeakerLinkAction, sendSpeakerLinkAction } from '@/lib/server/actions/speaker-links';
import { createLinkedSpeaker, createProposal } from '@/tests/factories/speakers';
import { refusals, type RegistryEntry, type Scene } from './kinds';

const speakers = new Map<string, ReturnType<typeof createLinkedSpeaker>>();
const proposals = new Map<string, Promise<{ id: string }>>();

/** One linked speaker and one proposal of A's event, created once per scene. */
function speakerOf({ db, eventA }: Scene) {
  let speaker = speakers.get(eventA.id);
  if (!speaker) {
    speaker = createLinkedSpeaker(db, { eventId: eventA.id, name: 'Intervenante de A' });
    speakers.set(eventA.id, speaker);
  }
  return speaker;
}
function proposalOf({ db, eventA }: Scene) {
  let proposal = proposals.get(eventA.id);
  if (!proposal) {
    proposal = createProposal(db, { eventId: eventA.id });
    proposals.set(eventA.id, proposal);
  }
  return proposal;
}

const madeUpToken = () => randomBytes(32).toString('base64url');

async function linkUnchanged(scene: Scene) {
  const { speaker } = await speakerOf(scene);
  const row = await scene.db.speaker.findUniqueOrThrow({ where: { id: speaker.id }, select: { linkTokenHash: true } });
  if (row.linkTokenHash !== speaker.linkTokenHash) throw new Error('the link of A’s speaker changed');
  const emails = await scene.db.outboxEmail.count({ where: { eventId: scene.eventA.id } });
  if (emails !== 0) throw new Error(`e-mails queued for A: ${emails}`);
}

async function proposalsUnchanged(scene: Scene) {
  const { db, eventA } = scene;
  const [decided, sessions, event] = await Promise.all([
    db.proposal.count({ where: { eventId: eventA.id, status: { not: 'PENDING' } } }),
    db.session.count({ where: { eventId: eventA.id, draft: true } }),
    db.event.findUniqueOrThrow({ where: { id: eventA.id }, select: { callOpen: true } }),
  ]);
  if (decided + sessions !== 0 || event.callOpen) throw new Error(`A’s call changed: ${decided} decided, ${sessions} sessions, open ${event.callOpen}`);
}

export const speakersEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'sendSpeakerLinkAction',
    attempt: async (scene) => sendSpeakerLinkAction({ eventId: scene.eventA.id, speakerId: (await speakerOf(scene)).speaker.id }),
    unchanged: linkUnchanged,
    expect: refusals.event('event.emails'),
  },
  {
    kind: 'action',
    name: 'revokeSpeakerLinkAction',
    attempt: async (scene) => revokeSpeakerLinkAction({ eventId: scene.eventA.id, speakerId: (await speakerOf(scene)).speaker.id }),
    unchanged: linkUnchanged,
    expect: refusals.event('event.emails'),
  },
  {
    kind: 'action',
    name: 'confirmSpeakerAction',
    // The link is the credential: a made-up one is not found, whoever calls.
    attempt: () => confirmSpeakerAction({ token: madeUpToken(), name: 'Pirate', organisation: '', bio: '', gender: '', scope: 'LOCAL' }),
    expect: refusals.token(),
  },
  {
    kind: 'action',
    name: 'updateCallAction',
    attempt: ({ eventA }) => updateCallAction({ eventId: eventA.id, callOpen: true, callClosesOn: '2100-01-31' }),
    unchanged: proposalsUnchanged,
    expect: refusals.event('event.publish'),
  },
  {
    kind: 'action',
    name: 'decideProposalAction',
    attempt: async (scene) =>
      decideProposalAction({ eventId: scene.eventA.id, proposalId: (await proposalOf(scene)).id, decision: 'ACCEPTED', message: 'Bienvenue' }),
    unchanged: proposalsUnchanged,
    expect: refusals.event('event.publish'),
  },
  { kind: 'action', name: 'submitProposalAction', public: 'the public call for proposals: no account, rate-limited, refused when the call is closed' },
  {
    kind: 'route',
    name: 'app/(public)/intervenant/[token]/[fichier]/route.ts',
    // The link is the credential: a made-up one is not found, whoever calls.
    attempt: async () => {
      const token = madeUpToken();
      const body = new FormData();
      body.set('photo', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.jpg', { type: 'image/jpeg' }));
      const request = new Request(`http://localhost/intervenant/${token}/photo`, { method: 'POST', body, headers: { origin: 'http://localhost' } });
      return postSpeakerFile(request, { params: Promise.resolve({ token, fichier: 'photo' }) });
    },
    expect: refusals.token(),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/programme/intervenants/[speakerId]/[fichier]/route.ts',
    attempt: async (scene) => {
      const { speaker } = await speakerOf(scene);
      const request = new Request(`http://localhost/evenements/${scene.eventA.id}/programme/intervenants/${speaker.id}/supports`);
      return getSpeakerFile(request, { params: Promise.resolve({ id: scene.eventA.id, speakerId: speaker.id, fichier: 'supports' }) });
    },
    expect: refusals.event('event.read'),
  },
];
