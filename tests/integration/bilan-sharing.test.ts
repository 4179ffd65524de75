import { beforeAll, describe, expect, it } from 'vitest';
import { GET as funderPdf } from '@/app/(app)/bilans/[versionId]/pdf/route';
import { GET as linkPdf } from '@/app/b/[token]/pdf/route';
import { GET as linkXlsx } from '@/app/b/[token]/xlsx/route';
import { createBilanLinkAction, revokeBilanLinkAction, revokeBilanShareAction, shareBilanAction } from '@/lib/server/actions/bilan-sharing';
import { runAsCaller } from '@/lib/server/current-user';
import { listSharedBilans } from '@/lib/server/queries/bilan-shares';
import { hashToken } from '@/lib/server/tokens';
import { createEvent, createOrganisation, createUser } from '@/tests/factories';
import { createBilanVersion } from '@/tests/factories/bilan-snapshot';
import { testDb } from '@/tests/support/db';

type Person = { id: string; organisationId: string };
let coordinator: Person;
let member: Person;
let funder: Person;
let otherFunder: Person;
let versionId: string;

const request = () => new Request('http://localhost/x');
const asFunderPdf = (person: Person) => runAsCaller({ userId: person.id }, () => funderPdf(request(), { params: Promise.resolve({ versionId }) }));
const asCoordinator = <T>(fn: () => Promise<T>) => runAsCaller({ userId: coordinator.id }, fn);
const tokenOf = (path: string) => path.split('/').pop()!;
const viaLink = (token: string) => runAsCaller(null, () => linkPdf(request(), { params: Promise.resolve({ token }) }));

beforeAll(async () => {
  const db = testDb();
  coordinator = await createUser(db, { role: 'COORDINATOR' });
  member = await createUser(db, { role: 'MEMBER', organisationId: coordinator.organisationId });
  funder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR', name: 'Fondation A' } });
  otherFunder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR', name: 'Fondation B' } });
  const event = await createEvent(db, { ownerOrganisationId: coordinator.organisationId, status: 'BILAN_VALIDATED', title: 'Rencontre partagée' });
  versionId = (await createBilanVersion(db, { eventId: event.id, validatedById: coordinator.id })).id;
});

describe('sharing a bilan with a funder', () => {
  it('lets only the funder it was shared with read it, until the share is revoked', async () => {
    expect((await asFunderPdf(funder)).status).toBe(404);

    const shared = await asCoordinator(() => shareBilanAction({ versionId, organisationId: funder.organisationId }));
    expect(shared.ok).toBe(true);
    const row = await testDb().bilanShare.findFirstOrThrow({ where: { bilanVersionId: versionId } });
    expect(row).toMatchObject({ organisationId: funder.organisationId, sharedById: coordinator.id, revokedAt: null });

    const pdf = await asFunderPdf(funder);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await asFunderPdf(otherFunder)).status).toBe(404);
    expect(await runAsCaller({ userId: funder.id }, () => listSharedBilans())).toEqual([
      expect.objectContaining({ versionId, eventTitle: 'Rencontre partagée', number: 1 }),
    ]);
    expect(await runAsCaller({ userId: otherFunder.id }, () => listSharedBilans())).toEqual([]);

    const revoked = await asCoordinator(() => revokeBilanShareAction({ shareId: row.id }));
    expect(revoked.ok).toBe(true);
    expect((await testDb().bilanShare.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).not.toBeNull();
    expect((await asFunderPdf(funder)).status).toBe(404);
    expect(await runAsCaller({ userId: funder.id }, () => listSharedBilans())).toEqual([]);

    // Sharing again restores the same share rather than adding a second one.
    await asCoordinator(() => shareBilanAction({ versionId, organisationId: funder.organisationId }));
    expect(await testDb().bilanShare.count({ where: { bilanVersionId: versionId, revokedAt: null } })).toBe(1);
    expect((await asFunderPdf(funder)).status).toBe(200);
  }, 60_000);

  it('refuses an organisation that is not a funder, a member without event.publish, and an outsider', async () => {
    const hub = await createOrganisation(testDb(), { kind: 'HUB' });
    const notFunder = await asCoordinator(() => shareBilanAction({ versionId, organisationId: hub.id }));
    expect(notFunder).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.any(String)] } });
    const byMember = await runAsCaller({ userId: member.id }, () => shareBilanAction({ versionId, organisationId: otherFunder.organisationId }));
    expect(byMember.ok).toBe(false);
    const outsider = await createUser(testDb(), { role: 'ADMIN' });
    const byOutsider = await runAsCaller({ userId: outsider.id }, () => shareBilanAction({ versionId, organisationId: otherFunder.organisationId }));
    expect(byOutsider).toMatchObject({ ok: false, code: 'not-found' });
    const bad = await asCoordinator(() => shareBilanAction({ versionId: 'pas-un-id', organisationId: otherFunder.organisationId }));
    expect(bad.ok).toBe(false);
    expect(await testDb().bilanShare.count({ where: { organisationId: { in: [hub.id, otherFunder.organisationId] } } })).toBe(0);
  });
});

describe('read-only links', () => {
  it('serves the PDF through a valid link, and 404 once revoked', async () => {
    const created = await asCoordinator(() => createBilanLinkAction({ versionId, label: 'Comité de suivi', days: 30 }));
    if (!created.ok) throw new Error(created.error);
    const token = tokenOf(created.data.path);
    const stored = await testDb().bilanLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.label).toBe('Comité de suivi');
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    const pdf = await viaLink(token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const xlsx = await runAsCaller(null, () => linkXlsx(request(), { params: Promise.resolve({ token }) }));
    expect(xlsx.status).toBe(200);

    expect((await asCoordinator(() => revokeBilanLinkAction({ linkId: stored.id }))).ok).toBe(true);
    expect((await viaLink(token)).status).toBe(404);
  }, 60_000);

  it('answers 404 to an expired or unknown link', async () => {
    const created = await asCoordinator(() => createBilanLinkAction({ versionId, days: 1 }));
    if (!created.ok) throw new Error(created.error);
    const token = tokenOf(created.data.path);
    await testDb().bilanLink.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await viaLink(token)).status).toBe(404);
    expect((await viaLink('x'.repeat(43))).status).toBe(404);
    expect((await viaLink('../../etc')).status).toBe(404);
  });

  it('refuses a link longer than 180 days and writes nothing', async () => {
    const before = await testDb().bilanLink.count();
    const result = await asCoordinator(() => createBilanLinkAction({ versionId, days: 181 }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { days: [expect.stringContaining('180')] } });
    const byMember = await runAsCaller({ userId: member.id }, () => createBilanLinkAction({ versionId, days: 10 }));
    expect(byMember.ok).toBe(false);
    expect(await testDb().bilanLink.count()).toBe(before);
  });
});
