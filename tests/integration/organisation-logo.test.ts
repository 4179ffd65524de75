import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getOwnLogo, POST as postLogo } from '@/app/(app)/organisation/logo/route';
import { GET as getPublicLogo } from '@/app/(public)/o/[organisationId]/logo/route';
import { LOGO_MAX_BYTES } from '@/lib/domain/files/image-type';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { PNG_BYTES } from '@/tests/factories/partner-logos';
import { testDb } from '@/tests/support/db';

// An organisation's logo: uploaded from « Ma structure » by its admins, shown in the header to its
// members, and on the public page of the events it hosts or co-organises once they are published.

let admin: Awaited<ReturnType<typeof createUser>>;
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'ADMIN', organisation: { name: 'Hub au logo' } });
});

function post(fields: Record<string, string | File>, origin = 'http://localhost') {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return postLogo(new Request('http://localhost/organisation/logo', { method: 'POST', body, headers: { origin } }), noParams);
}

const png = () => new File([PNG_BYTES], 'logo.png', { type: 'image/png' });
const publicLogo = (organisationId: string) =>
  getPublicLogo(new Request(`http://localhost/o/${organisationId}/logo`), { params: Promise.resolve({ organisationId }) });
const stored = async (organisationId: string) =>
  (await testDb().organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { logoType: true } })).logoType;

describe('the organisation’s logo', () => {
  it('is stored with its sniffed type, shown to members, and removed on request', async () => {
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
    const posted = await as(() => post({ logo: png() }));
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('http://localhost/organisation#logo');
    expect(await stored(admin.organisationId)).toBe('image/png');
    const own = await as(() => getOwnLogo(new Request('http://localhost/organisation/logo'), noParams));
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
    expect(own.headers.get('cache-control')).toMatch(/^private/);
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(PNG_BYTES);
    expect((await as(() => post({ _action: 'supprimer' }))).status).toBe(303);
    expect(await stored(admin.organisationId)).toBeNull();
    expect((await as(() => getOwnLogo(new Request('http://localhost/organisation/logo'), noParams))).status).toBe(404);
  });

  it('refuses what is not a raster image, or too large, with a code in the address', async () => {
    const owner = await createUser(testDb(), { role: 'ADMIN' });
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: owner.id }, fn);
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'logo.png', { type: 'image/png' });
    expect((await as(() => post({ logo: svg }))).headers.get('location')).toBe('http://localhost/organisation?refus=type#logo');
    const huge = new File([new Uint8Array(LOGO_MAX_BYTES + 1).fill(1)], 'logo.png', { type: 'image/png' });
    expect((await as(() => post({ logo: huge }))).headers.get('location')).toBe('http://localhost/organisation?refus=too-large#logo');
    expect(await stored(owner.organisationId)).toBeNull();
  });

  it('refuses a MEMBER and a post from another site', async () => {
    const member = await createUser(testDb(), { role: 'MEMBER', organisationId: admin.organisationId });
    expect((await runAsCaller({ userId: member.id }, () => post({ logo: png() }))).status).toBe(403);
    expect((await runAsCaller({ userId: admin.id }, () => post({ logo: png() }, 'https://ailleurs.exemple')))).toMatchObject({ status: 403 });
    expect(await stored(admin.organisationId)).toBeNull();
  });

  it('is public only for an organisation with a published event, as host or accepted co-organiser', async () => {
    const db = testDb();
    const host = await createUser(db, { role: 'ADMIN' });
    const partner = await createUser(db, { role: 'ADMIN' });
    for (const user of [host, partner]) {
      await db.organisation.update({ where: { id: user.organisationId }, data: { logo: PNG_BYTES, logoType: 'image/png' } });
    }
    const event = await createEvent(db, { ownerOrganisationId: host.organisationId, status: 'DRAFT', coOrganiserIds: [partner.organisationId] });
    expect((await publicLogo(host.organisationId)).status).toBe(404);
    expect((await publicLogo(partner.organisationId)).status).toBe(404);
    await db.event.update({ where: { id: event.id }, data: { status: 'PUBLISHED' } });
    const shown = await publicLogo(host.organisationId);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await publicLogo(partner.organisationId)).status).toBe(200);
    expect((await publicLogo('pas-un-identifiant')).status).toBe(404);
  });
});
