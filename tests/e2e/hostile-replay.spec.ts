// Issue 14's "500 list", replayed on the running production build as a hostile visitor would send it:
// every request gets a 4xx with a French answer, never a 500 nor Next's English page. (Each numbered
// vulnerability has its own test: auth-limits, security, account-security, co-organisers…)
import { request as httpRequest } from 'node:http';
import yazl from 'yazl';
import { expect, signInAs, test } from './fixtures';

const ENGLISH_ERROR = /Internal Server Error|Application error|This page could not be found|Too big|expected/;

/** An XLSX-shaped archive whose shared strings inflate to `megabytes` of blanks (a "decompression bomb"). */
function spreadsheetBomb(megabytes: number): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.alloc(megabytes * 1024 * 1024, 0x20), 'xl/sharedStrings.xml');
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** A chunked upload (no Content-Length) of `megabytes`, sent with node:http since fetch clients buffer. */
function chunkedUpload(url: URL, cookie: string, megabytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { cookie, origin: url.origin, 'content-type': 'multipart/form-data; boundary=x', 'transfer-encoding': 'chunked' } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    // The server may answer and close before the whole body is sent: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: 413, body: '' }) : reject(error)));
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < megabytes) {
        sent += 1;
        if (!request.write(chunk)) return request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
}

test('malformed ids, null bytes and hostile parameters answer 4xx in French, never 500', async ({ page, request, seed, hub }) => {
  const event = await seed.createDraftEvent(hub);
  await signInAs(page, hub.coordinator);
  const paths = [
    '/evenements/%00/participants/export',
    '/evenements/%00/programme/pdf',
    '/evenements/pas-un-identifiant/budget/export.xlsx',
    '/diagnostic/%00/pdf',
    `/evenements/${event.id}/participants?q=%00`,
    `/evenements/${event.id}/bilan/versions/%00/pdf`,
    '/bilans/%00/xlsx',
    '/b/%00/pdf',
    '/e/%00/calendar.ics',
    '/e/%00/programme.json',
    '/api/territoires?q=%00',
    '/api/auth/signin?callbackUrl=javascript:alert(1)',
    '/api/auth/callback/credentials?callbackUrl=%00',
  ];
  for (const path of paths) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text(), path).not.toMatch(ENGLISH_ERROR);
  }
  // Auth.js reads its callback cookie too, which a visitor sets as they please.
  const cookie = await request.get('/api/auth/session', { headers: { cookie: 'authjs.callback-url=javascript%3Aalert(1)' } });
  expect(cookie.status()).toBe(400);
  expect(await cookie.json()).toEqual({ message: 'Adresse de retour invalide.' });
});

test('upload routes refuse bodies that are not multipart, malformed, chunked beyond the limit, or XLSX bombs', async ({ page, seed, hub, baseURL }) => {
  const event = await seed.createDraftEvent(hub);
  await signInAs(page, hub.coordinator);
  const origin = new URL(baseURL!).origin;
  const preview = `/evenements/${event.id}/participants/import/apercu`;
  const budget = `/evenements/${event.id}/budget/import`;

  for (const path of [preview, budget]) {
    const notMultipart = await page.request.post(path, { headers: { origin, 'content-type': 'application/json' }, data: '{"a":1}' });
    expect(notMultipart.status(), `${path} json`).toBeGreaterThanOrEqual(400);
    expect(notMultipart.status(), `${path} json`).toBeLessThan(500);
    const malformed = await page.request.post(path, { headers: { origin, 'content-type': 'multipart/form-data; boundary=zz' }, data: '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nsans fin' });
    expect(malformed.status(), `${path} malformed`).toBeGreaterThanOrEqual(400);
    expect(malformed.status(), `${path} malformed`).toBeLessThan(500);
  }

  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const chunked = await chunkedUpload(new URL(preview, origin), cookie, 12);
  expect(chunked.status).toBe(413);

  const bomb = await spreadsheetBomb(200);
  expect(bomb.length).toBeLessThan(1024 * 1024);
  const response = await page.request.post(preview, {
    headers: { origin },
    multipart: { source: 'helloasso', file: { name: 'inscriptions.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bomb } },
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
  const body = (await response.json()) as { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
  expect(body.ok).toBe(false);
  expect(JSON.stringify(body)).toMatch(/Mo|volumineux|trop/i);
  expect((await page.request.get('/api/health')).status()).toBe(200);
});

test('a server action over 1 MB gets 413 and one from another site 403, in French', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const action = { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' };
  const big = await page.request.post('/connexion', { headers: { ...action, origin }, data: 'x'.repeat(1_100_000), maxRedirects: 0 });
  expect(big.status()).toBe(413);
  expect(await big.text()).not.toMatch(ENGLISH_ERROR);
  const foreign = await page.request.post('/connexion', { headers: { ...action, origin: 'https://pirate.example' }, data: '[]', maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).not.toMatch(ENGLISH_ERROR);
});
