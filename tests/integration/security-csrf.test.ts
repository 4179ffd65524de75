// Every route handler that changes data refuses a request made by another site with the organiser's
// cookies: a foreign Origin, or no Origin but Sec-Fetch-Site: cross-site. The list of such handlers
// is read from app/**/route.ts, so a new one fails here until it is covered.
// (Server actions need no test of ours: Next compares their Origin with the Host before running them;
// tests/e2e/security.spec.ts checks it on the running app.)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as deleteLogo, POST as postLogo } from '@/app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route';
import { POST as postOrganisationLogo } from '@/app/(app)/organisation/logo/route';
import { POST as postImportPreview } from '@/app/(app)/evenements/[id]/participants/import/apercu/route';
import { POST as postImportConfirm } from '@/app/(app)/evenements/[id]/participants/import/confirmer/route';
import { POST as postBudgetImport } from '@/app/(app)/evenements/[id]/budget/import/route';
import { POST as postOutsideImport } from '@/app/(app)/evenements/[id]/bilan/hors-trame/import/route';
import { POST as postSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/route';
import { DELETE as deleteSignedSheet, POST as postDeleteSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/[sheetId]/route';
import { POST as postSpeakerFile } from '@/app/(public)/intervenant/[token]/[fichier]/route';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { createPartner, PNG_BYTES } from '@/tests/factories/partner-logos';
import { testDb } from '@/tests/support/db';

const root = path.resolve(__dirname, '..', '..');
const MUTATING = /export\s+(?:async\s+)?(?:function\s+|const\s+)(POST|PUT|PATCH|DELETE)\b|export\s+const\s*\{[^}]*\b(POST|PUT|PATCH|DELETE)\b/g;

/** "app/…/route.ts METHOD" for every mutating handler in the app. */
async function mutatingHandlers(): Promise<string[]> {
  const entries = await readdir(path.join(root, 'app'), { withFileTypes: true, recursive: true });
  const found: string[] = [];
  for (const entry of entries.filter((e) => e.isFile() && /^route\.(ts|tsx|js)$/.test(e.name))) {
    const file = path.relative(root, path.join(entry.parentPath, entry.name));
    for (const match of (await readFile(path.join(root, file), 'utf8')).matchAll(MUTATING)) found.push(`${file} ${match[1] ?? match[2]}`);
  }
  return found.sort();
}

type Scene = { eventId: string; partnerId: string; sheetId: string };
type Case = { handler: (request: Request, scene: Scene) => Promise<Response>; method: string; path: (s: Scene) => string; body?: () => FormData };

const csv = () => new File(['Nom;Email\nAna;ana@exemple.fr\n'], 'inscrits.csv', { type: 'text/csv' });
const form = (fields: Record<string, string | File>) => () => {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
};
const eventParams = (s: Scene) => ({ params: Promise.resolve({ id: s.eventId }) });
const partnerParams = (s: Scene) => ({ params: Promise.resolve({ id: s.eventId, partnerId: s.partnerId }) });
const SPEAKER_TOKEN = 'A'.repeat(43);
const logoPath = (s: Scene) => `/evenements/${s.eventId}/partenaires/${s.partnerId}/logo`;

const CASES: Record<string, Case> = {
  'app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route.ts POST': {
    method: 'POST', path: logoPath, handler: (r, s) => postLogo(r, partnerParams(s)),
    body: form({ logo: new File([new Uint8Array(PNG_BYTES)], 'logo.png', { type: 'image/png' }) }),
  },
  'app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route.ts DELETE': {
    method: 'DELETE', path: logoPath, handler: (r, s) => deleteLogo(r, partnerParams(s)),
  },
  'app/(app)/organisation/logo/route.ts POST': {
    method: 'POST', path: () => '/organisation/logo', handler: (r) => postOrganisationLogo(r, { params: Promise.resolve({}) }),
    body: form({ logo: new File([new Uint8Array(PNG_BYTES)], 'logo.png', { type: 'image/png' }) }),
  },
  'app/(app)/evenements/[id]/participants/import/apercu/route.ts POST': {
    method: 'POST', path: (s) => `/evenements/${s.eventId}/participants/import/apercu`, handler: (r, s) => postImportPreview(r, eventParams(s)),
    body: form({ source: 'generique', file: csv() }),
  },
  'app/(app)/evenements/[id]/participants/import/confirmer/route.ts POST': {
    method: 'POST', path: (s) => `/evenements/${s.eventId}/participants/import/confirmer`, handler: (r, s) => postImportConfirm(r, eventParams(s)),
    body: form({ source: 'generique', file: csv(), mapping: JSON.stringify({ lastName: 0, email: 1 }) }),
  },
  'app/(app)/evenements/[id]/budget/import/route.ts POST': {
    method: 'POST', path: (s) => `/evenements/${s.eventId}/budget/import`, handler: (r, s) => postBudgetImport(r, eventParams(s)),
    body: form({ step: 'confirm', mode: 'append', file: new File(['Libellé;Prévu\nTraiteur;100\n'], 'budget.csv', { type: 'text/csv' }) }),
  },
  'app/(app)/evenements/[id]/bilan/hors-trame/import/route.ts POST': {
    method: 'POST', path: (s) => `/evenements/${s.eventId}/bilan/hors-trame/import`, handler: (r, s) => postOutsideImport(r, eventParams(s)),
    body: form({ sourceLabel: 'questionnaire papier', file: new File(['Satisfaction;Citation;Accord\n4;Bien;oui\n'], 'reponses.csv', { type: 'text/csv' }) }),
  },
  'app/(app)/evenements/[id]/emargement/signees/route.ts POST': {
    method: 'POST', path: (s) => `/evenements/${s.eventId}/emargement/signees`, handler: (r, s) => postSignedSheet(r, eventParams(s)),
    body: form({ jour: '2027-03-11', fichier: new File(['%PDF-1.4\n'], 'feuille.pdf', { type: 'application/pdf' }) }),
  },
  'app/(app)/evenements/[id]/emargement/signees/[sheetId]/route.ts POST': {
    method: 'POST', path: (s) => `/evenements/${s.eventId}/emargement/signees/${s.sheetId}`,
    handler: (r, s) => postDeleteSignedSheet(r, { params: Promise.resolve({ id: s.eventId, sheetId: s.sheetId }) }),
  },
  'app/(app)/evenements/[id]/emargement/signees/[sheetId]/route.ts DELETE': {
    method: 'DELETE', path: (s) => `/evenements/${s.eventId}/emargement/signees/${s.sheetId}`,
    handler: (r, s) => deleteSignedSheet(r, { params: Promise.resolve({ id: s.eventId, sheetId: s.sheetId }) }),
  },
  // A speaker's upload through their personal link (the link is the credential; a made-up one is 404).
  'app/(public)/intervenant/[token]/[fichier]/route.ts POST': {
    method: 'POST', path: () => `/intervenant/${SPEAKER_TOKEN}/photo`,
    handler: (r) => postSpeakerFile(r, { params: Promise.resolve({ token: SPEAKER_TOKEN, fichier: 'photo' }) }),
    body: form({ photo: new File([new Uint8Array(PNG_BYTES)], 'photo.png', { type: 'image/png' }) }),
  },
};
// Auth.js checks its own CSRF token (double-submit cookie) on every POST: tests/integration/security-cookies.test.ts.
// The one-click unsubscribe (RFC 8058) is POSTed by mail providers from their servers, so it must accept other
// origins: its signed link is the credential (no cookie is used) and it can only stop non-essential messages
// (tests/integration/messages.test.ts).
const OWN_PROTECTION = ['app/api/auth/[...nextauth]/route.ts POST', 'app/api/desabonnement/[token]/route.ts POST'];

const FORGED: [string, Record<string, string>][] = [
  ['an Origin of another site', { origin: 'https://pirate.example', 'sec-fetch-site': 'cross-site' }],
  ['no Origin and Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
  ['the Origin "null" of a sandboxed frame', { origin: 'null' }],
];

let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  // An ADMIN: the organisation's logo needs organisation.manage.
  admin = await createUser(testDb(), { role: 'ADMIN' });
});

async function freshScene(): Promise<Scene> {
  const db = testDb();
  const event = await createEvent(db, { ownerOrganisationId: admin.organisationId });
  const partner = await createPartner(db, { eventId: event.id });
  await db.partner.update({ where: { id: partner.id }, data: { logo: new Uint8Array(PNG_BYTES), logoType: 'image/png' } });
  const sheet = await db.signedSheet.create({
    data: { eventId: event.id, date: '2027-03-11', fileName: 'feuille.pdf', contentType: 'application/pdf', size: 9, content: new TextEncoder().encode('%PDF-1.4\n'), uploadedBy: 'Test' },
  });
  return { eventId: event.id, partnerId: partner.id, sheetId: sheet.id };
}

/** What any of the handlers could have changed. */
async function footprint(s: Scene) {
  const db = testDb();
  const [registrations, lines, outside, sheets, partner, organisation] = await Promise.all([
    db.registration.count({ where: { eventId: s.eventId } }),
    db.budgetLine.count({ where: { eventId: s.eventId } }),
    db.outsideResult.count({ where: { eventId: s.eventId } }),
    db.signedSheet.count({ where: { eventId: s.eventId } }),
    db.partner.findUniqueOrThrow({ where: { id: s.partnerId }, select: { logo: true } }),
    db.organisation.findUniqueOrThrow({ where: { id: admin.organisationId }, select: { logoType: true } }),
  ]);
  const logo = partner.logo ? Buffer.from(partner.logo).toString('base64') : null;
  return { registrations, lines, outside, sheets, logo, organisationLogo: organisation.logoType };
}

const send = (c: Case, s: Scene, headers: Record<string, string>) =>
  runAsCaller({ userId: admin.id }, () => c.handler(new Request(`http://localhost${c.path(s)}`, { method: c.method, body: c.body?.(), headers }), s));

describe('cross-site requests to route handlers', () => {
  it('covers every mutating route handler', async () => {
    expect(await mutatingHandlers()).toEqual([...Object.keys(CASES), ...OWN_PROTECTION].sort());
  });

  describe.each(Object.entries(CASES))('%s', (_name, c) => {
    it.each(FORGED)('refuses %s and changes nothing', async (_what, headers) => {
      const scene = await freshScene();
      const before = await footprint(scene);
      expect((await send(c, scene, headers)).status).toBe(403);
      expect(await footprint(scene)).toEqual(before);
    });

    it('accepts the same request from the app itself', async () => {
      const scene = await freshScene();
      // The file may be refused on its merits; what matters is that the origin check let it through.
      const response = await send(c, scene, { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' });
      expect([403, 500]).not.toContain(response.status);
    });
  });
});
