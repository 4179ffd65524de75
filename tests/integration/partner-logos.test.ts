import { describe, expect, it } from 'vitest';
import { DELETE as deleteLogo, POST as postLogo } from '@/app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route';
import { GET as getLogo } from '@/app/(public)/e/[slug]/partenaires/[partnerId]/logo/route';
import { LOGO_MAX_BYTES } from '@/lib/domain/files/image-type';
import { updateEventAction } from '@/lib/server/actions/events';
import { runAsCaller } from '@/lib/server/current-user';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { createEvent, createUser } from '@/tests/factories';
import { buildEventInput } from '@/tests/factories/events';
import { createPartner, logoRequest, PNG_BYTES } from '@/tests/factories/partner-logos';
import { testDb } from '@/tests/support/db';

async function scene(status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') {
  const db = testDb();
  const hub = await createUser(db, { role: 'COORDINATOR' });
  const event = await createEvent(db, { ownerOrganisationId: hub.organisationId, status });
  const partner = await createPartner(db, { eventId: event.id, name: 'Fondation Numérique' });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: hub.id }, fn);
  const upload = (file: File, origin?: string) =>
    as(() => postLogo(logoRequest(event.id, partner.id, { logo: file }, origin), { params: Promise.resolve({ id: event.id, partnerId: partner.id }) }));
  const stored = () => db.partner.findUniqueOrThrow({ where: { id: partner.id }, select: { logo: true, logoType: true } });
  return { db, hub, event, partner, as, upload, stored };
}

const png = (bytes: Uint8Array = PNG_BYTES, name = 'logo.png') => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
/** A PNG signature followed by zeros, one byte over the limit. */
function tooLarge() {
  const bytes = new Uint8Array(LOGO_MAX_BYTES + 1);
  bytes.set(PNG_BYTES);
  return bytes;
}

const publicLogo = (slug: string, partnerId: string) =>
  getLogo(new Request(`http://localhost/e/${slug}/partenaires/${partnerId}/logo`), { params: Promise.resolve({ slug, partnerId }) });

describe('partner logo upload', () => {
  it('stores a PNG in the database with its sniffed type and redirects to the overview', async () => {
    const { event, upload, stored } = await scene();
    // The declared type lies: the bytes decide.
    const response = await upload(new File([new Uint8Array(PNG_BYTES)], 'logo.jpg', { type: 'image/jpeg' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://localhost/evenements/${event.id}#partenaires`);
    const row = await stored();
    expect(row.logoType).toBe('image/png');
    expect(Buffer.from(row.logo ?? []).equals(Buffer.from(PNG_BYTES))).toBe(true);
  });

  it.each([
    ['an SVG', new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'logo.svg', { type: 'image/svg+xml' }), 'type'],
    ['a text file renamed .png', new File(['pas une image'], 'logo.png', { type: 'image/png' }), 'type'],
    ['a file over 500 kB', png(tooLarge()), 'too-large'],
    ['an empty file', new File([], 'logo.png', { type: 'image/png' }), 'empty'],
  ])('refuses %s and writes nothing', async (_what, file, reason) => {
    const { event, partner, upload, stored } = await scene();
    const response = await upload(file);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe(`/evenements/${event.id}`);
    expect(Object.fromEntries(location.searchParams)).toEqual({ logo: partner.id, refus: reason });
    expect(await stored()).toEqual({ logo: null, logoType: null });
  });

  it('refuses a post from another site', async () => {
    const { upload, stored } = await scene();
    expect((await upload(png(), 'https://ailleurs.example')).status).toBe(403);
    expect(await stored()).toEqual({ logo: null, logoType: null });
  });

  it('refuses an outsider and a partner of another event, writing nothing', async () => {
    const { db, event, partner, stored } = await scene();
    const outsider = await createUser(db, { role: 'ADMIN' });
    const response = await runAsCaller({ userId: outsider.id }, () =>
      postLogo(logoRequest(event.id, partner.id, { logo: png() }), { params: Promise.resolve({ id: event.id, partnerId: partner.id }) }),
    );
    expect(response.status).toBe(404);
    const other = await scene();
    const crossed = await other.as(() =>
      postLogo(logoRequest(other.event.id, partner.id, { logo: png() }), { params: Promise.resolve({ id: other.event.id, partnerId: partner.id }) }),
    );
    expect(crossed.status).toBe(404);
    expect(await stored()).toEqual({ logo: null, logoType: null });
  });

  it('removes the logo with _action=supprimer and with DELETE', async () => {
    const { event, partner, as, upload, stored } = await scene();
    const params = { params: Promise.resolve({ id: event.id, partnerId: partner.id }) };
    await upload(png());
    const removed = await as(() => postLogo(logoRequest(event.id, partner.id, { _action: 'supprimer' }), params));
    expect(removed.status).toBe(303);
    expect(await stored()).toEqual({ logo: null, logoType: null });
    await upload(png());
    const request = new Request('http://localhost/x', { method: 'DELETE', headers: { origin: 'http://localhost' } });
    expect((await as(() => deleteLogo(request, params))).status).toBe(204);
    expect(await stored()).toEqual({ logo: null, logoType: null });
  });

  it('keeps the logo when the event form saves the partner under the same name', async () => {
    const { event, as, upload } = await scene();
    await upload(png());
    const partners = [{ name: 'Nouveau', url: '' }, { name: 'Fondation Numérique', url: '' }];
    const result = await as(() => updateEventAction({ ...buildEventInput({ title: 'Renommé' }), partners, coOrganiserIds: [], eventId: event.id }));
    expect(result).toMatchObject({ ok: true });
    const after = await testDb().partner.findMany({ where: { eventId: event.id }, orderBy: { position: 'asc' }, select: { name: true, logoType: true } });
    expect(after).toEqual([{ name: 'Nouveau', logoType: null }, { name: 'Fondation Numérique', logoType: 'image/png' }]);
  });
});

describe('public partner logo', () => {
  it('serves the bytes of a published event with safe headers, and the page knows it has a logo', async () => {
    const { event, partner, upload } = await scene('PUBLISHED');
    await upload(png());
    const response = await publicLogo(event.slug, partner.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG_BYTES);
    const page = await getPublicEvent(event.slug);
    expect(page?.partners).toEqual([{ id: partner.id, name: 'Fondation Numérique', url: null, hasLogo: true }]);
  });

  it('answers 404 for a draft event, a partner without logo and a partner of another event', async () => {
    const draft = await scene();
    await draft.upload(png());
    expect((await publicLogo(draft.event.slug, draft.partner.id)).status).toBe(404);
    const published = await scene('PUBLISHED');
    expect((await publicLogo(published.event.slug, published.partner.id)).status).toBe(404);
    expect((await publicLogo(published.event.slug, draft.partner.id)).status).toBe(404);
  });
});
