import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET as getSpeakerFile } from '@/app/(app)/evenements/[id]/programme/intervenants/[speakerId]/[fichier]/route';
import { POST as postSpeakerFile } from '@/app/(public)/intervenant/[token]/[fichier]/route';
import { confirmSpeakerAction, revokeSpeakerLinkAction, sendSpeakerLinkAction } from '@/lib/server/actions/speaker-links';
import { runAsCaller } from '@/lib/server/current-user';
import { getSpeakerByToken } from '@/lib/server/speakers/links';
import { createEvent, createUser } from '@/tests/factories';
import { PNG_BYTES } from '@/tests/factories/partner-logos';
import { createLinkedSpeaker } from '@/tests/factories/speakers';
import { testDb } from '@/tests/support/db';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const MB = 1024 * 1024;

/** A coordinator's event (future unless `past`) with one speaker who has an e-mail address. */
async function scene(options: { past?: boolean } = {}) {
  const db = testDb();
  const hub = await createUser(db, { role: 'COORDINATOR' });
  const startsAt = options.past ? new Date(Date.now() - 3 * 24 * 3600 * 1000) : new Date('2027-03-10T08:00:00Z');
  const event = await createEvent(db, { ownerOrganisationId: hub.organisationId, status: 'PUBLISHED', startsAt });
  const speaker = await db.speaker.create({ data: { eventId: event.id, name: 'Awa Diallo', email: 'awa.diallo@exemple.fr' } });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: hub.id }, fn);
  return { db, hub, event, speaker, as };
}

const tokenOf = (link: string) => link.split('/intervenant/')[1]!;

function upload(token: string, fichier: 'photo' | 'supports', file: File) {
  const body = new FormData();
  body.set(fichier, file);
  const request = new Request(`http://localhost/intervenant/${token}/${fichier}`, { method: 'POST', body, headers: { origin: 'http://localhost' } });
  return runAsCaller(null, () => postSpeakerFile(request, { params: Promise.resolve({ token, fichier }) }));
}

function refusalOf(response: Response) {
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location') ?? '').searchParams.get('refus');
}

function padded(head: Uint8Array, size: number) {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
}

const details = { name: 'Awa Diallo', organisation: 'Tiers-lieu du Port', bio: 'Médiatrice numérique depuis dix ans.', gender: 'FEMME' as const, scope: 'NATIONAL' as const };

describe('speaker personal links', () => {
  it('keeps only the hash of the link, e-mails it sealed, and a new link replaces the old one', async () => {
    const { db, event, speaker, as } = await scene();
    const first = await as(() => sendSpeakerLinkAction({ eventId: event.id, speakerId: speaker.id }));
    expect(first).toMatchObject({ ok: true, data: { emailed: true } });
    if (!first.ok) return;
    const token = tokenOf(first.data.link);
    const row = await db.speaker.findUniqueOrThrow({ where: { id: speaker.id }, select: { linkTokenHash: true } });
    expect(row.linkTokenHash).toBe(sha256(token));
    const emails = await db.outboxEmail.findMany({ where: { eventId: event.id }, select: { to: true, text: true, sealedTokens: true } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe('awa.diallo@exemple.fr');
    expect(emails[0]!.text).not.toContain(token);
    expect(emails[0]!.sealedTokens).not.toBeNull();
    expect(await getSpeakerByToken(token)).toMatchObject({ name: 'Awa Diallo' });

    const second = await as(() => sendSpeakerLinkAction({ eventId: event.id, speakerId: speaker.id }));
    if (!second.ok) throw new Error(second.error);
    expect(await getSpeakerByToken(token)).toBeNull();
    expect(await getSpeakerByToken(tokenOf(second.data.link))).not.toBeNull();
  });

  it('a revoked, made-up or malformed link is unknown, and confirming through it is "not found"', async () => {
    const { db, event, as } = await scene();
    const { speaker, token } = await createLinkedSpeaker(db, { eventId: event.id });
    expect(await as(() => revokeSpeakerLinkAction({ eventId: event.id, speakerId: speaker.id }))).toMatchObject({ ok: true });
    expect(await getSpeakerByToken(token)).toBeNull();
    expect(await getSpeakerByToken('../../etc/passwd')).toBeNull();
    const result = await runAsCaller(null, () => confirmSpeakerAction({ token, ...details }));
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
    expect((await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).confirmedAt).toBeNull();
  });

  it('the speaker confirms their details; the organisers see when', async () => {
    const { db, event } = await scene();
    const { speaker, token } = await createLinkedSpeaker(db, { eventId: event.id, name: 'A. Diallo' });
    const before = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { programmeVersion: true } });
    expect(await runAsCaller(null, () => confirmSpeakerAction({ token, ...details }))).toMatchObject({ ok: true });
    const row = await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } });
    expect(row).toMatchObject({ name: 'Awa Diallo', organisation: 'Tiers-lieu du Port', gender: 'FEMME', scope: 'NATIONAL', bio: details.bio });
    expect(row.confirmedAt).toBeInstanceOf(Date);
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { programmeVersion: true } });
    expect(after.programmeVersion).toBe(before.programmeVersion + 1);
  });

  it.each([
    ['a name with a line break', { name: 'Awa\r\nBcc: pirate@exemple.fr' }, 'name'],
    ['a bio over 800 characters', { bio: 'x'.repeat(801) }, 'bio'],
    ['a gender outside the list', { gender: 'X' }, 'gender'],
  ])('refuses %s with a French message beside the field', async (_what, change, field) => {
    const { db, event } = await scene();
    const { token } = await createLinkedSpeaker(db, { eventId: event.id });
    const result = await runAsCaller(null, () => confirmSpeakerAction({ token, ...details, ...change } as Parameters<typeof confirmSpeakerAction>[0]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.[0]).toMatch(/[a-zé]/);
  });
});

describe('speaker files', () => {
  it('stores a photo by its sniffed type; the organisers download it', async () => {
    const { db, event, as } = await scene();
    const { speaker, token } = await createLinkedSpeaker(db, { eventId: event.id });
    expect(refusalOf(await upload(token, 'photo', new File([PNG_BYTES], 'moi.jpg', { type: 'image/jpeg' })))).toBeNull();
    const stored = await db.speakerFile.findUniqueOrThrow({ where: { speakerId_kind: { speakerId: speaker.id, kind: 'PHOTO' } } });
    expect(stored).toMatchObject({ type: 'image/png', name: 'moi.jpg', size: PNG_BYTES.length });
    const download = await as(() =>
      getSpeakerFile(new Request('http://localhost/x'), { params: Promise.resolve({ id: event.id, speakerId: speaker.id, fichier: 'photo' }) }),
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(PNG_BYTES))).toBe(true);
  });

  it.each([
    ['an SVG as a photo', 'photo', new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'p.svg', { type: 'image/svg+xml' }), 'type'],
    ['a photo over 2 MB', 'photo', new File([padded(PNG_BYTES, 2 * MB + 1)], 'p.png', { type: 'image/png' }), 'too-large'],
    ['an empty photo', 'photo', new File([], 'p.png', { type: 'image/png' }), 'empty'],
    ['a PNG renamed .pdf as slides', 'supports', new File([PNG_BYTES], 's.pdf', { type: 'application/pdf' }), 'type'],
    ['slides over 20 MB', 'supports', new File([padded(PDF_BYTES, 20 * MB + 1)], 's.pdf', { type: 'application/pdf' }), 'too-large'],
  ] as const)('refuses %s and stores nothing', async (_what, fichier, file, reason) => {
    const { db, event } = await scene({ past: true });
    const { speaker, token } = await createLinkedSpeaker(db, { eventId: event.id });
    expect(refusalOf(await upload(token, fichier, file))).toBe(reason);
    expect(await db.speakerFile.count({ where: { speakerId: speaker.id } })).toBe(0);
  });

  it('takes slides only once the event has started', async () => {
    const future = await scene();
    const early = await createLinkedSpeaker(future.db, { eventId: future.event.id });
    const pdf = () => new File([PDF_BYTES], 'Mon support.pdf', { type: 'application/pdf' });
    expect(refusalOf(await upload(early.token, 'supports', pdf()))).toBe('not-yet');
    const past = await scene({ past: true });
    const late = await createLinkedSpeaker(past.db, { eventId: past.event.id });
    expect(refusalOf(await upload(late.token, 'supports', pdf()))).toBeNull();
    const download = await past.as(() =>
      getSpeakerFile(new Request('http://localhost/x'), { params: Promise.resolve({ id: past.event.id, speakerId: late.speaker.id, fichier: 'supports' }) }),
    );
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('Mon%20support.pdf');
  });

  it('a made-up link uploads nothing (404), and another organisation cannot download', async () => {
    const { db, event } = await scene({ past: true });
    const response = await upload('B'.repeat(43), 'photo', new File([PNG_BYTES], 'p.png', { type: 'image/png' }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/introuvable/);
    const { speaker, token } = await createLinkedSpeaker(db, { eventId: event.id });
    await upload(token, 'photo', new File([PNG_BYTES], 'p.png', { type: 'image/png' }));
    const stranger = await createUser(db, { role: 'ADMIN' });
    const download = await runAsCaller({ userId: stranger.id }, () =>
      getSpeakerFile(new Request('http://localhost/x'), { params: Promise.resolve({ id: event.id, speakerId: speaker.id, fichier: 'photo' }) }),
    );
    expect(download.status).toBe(404);
  });
});
