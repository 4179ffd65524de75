import { describe, expect, it } from 'vitest';
import { guardServerAction, SERVER_ACTION_BODY_LIMIT } from '@/lib/server/server-action-guard';

const ACTION = 'x'.repeat(42);

function actionRequest(headers: Record<string, string>, body: BodyInit | null = 'a=1'): Request {
  return new Request('http://localhost:3000/e/rencontre/inscription', {
    method: 'POST',
    headers: { 'next-action': ACTION, host: 'localhost:3000', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** A body sent in chunks, without Content-Length. */
function chunked(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, total - sent));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

async function statusOf(request: Request): Promise<number | null> {
  const response = await guardServerAction(request);
  if (response) expect(await response.text()).toMatch(/^(Requête refusée|Envoi trop volumineux)/);
  return response?.status ?? null;
}

describe('server actions refused before Next answers 500', () => {
  it.each([
    ['same origin', { origin: 'http://localhost:3000' }, null],
    ['no Origin (hand-made request without cookies)', {}, null],
    ['same origin behind a proxy', { origin: 'https://trame.exemple.fr', 'x-forwarded-host': 'trame.exemple.fr' }, null],
    ['foreign origin', { origin: 'https://attaquant.exemple' }, 403],
    ['malformed origin', { origin: 'pas une url' }, 403],
    ['opaque origin', { origin: 'null' }, 403],
    ['foreign origin behind a proxy', { origin: 'http://localhost:3000', 'x-forwarded-host': 'trame.exemple.fr' }, 403],
  ] as const)('%s', async (_, headers, status) => {
    expect(await statusOf(actionRequest(headers))).toBe(status);
  });

  it('refuses a body over 1 MB announced by Content-Length', async () => {
    const request = actionRequest({ origin: 'http://localhost:3000', 'content-length': String(SERVER_ACTION_BODY_LIMIT + 1) }, null);
    expect(await statusOf(request)).toBe(413);
  });

  it('refuses a chunked body that goes past 1 MB, and lets a small one through', async () => {
    expect(await statusOf(actionRequest({ origin: 'http://localhost:3000' }, chunked(SERVER_ACTION_BODY_LIMIT + 10)))).toBe(413);
    expect(await statusOf(actionRequest({ origin: 'http://localhost:3000' }, chunked(10_000)))).toBeNull();
  });

  it('leaves other requests alone', async () => {
    const page = new Request('http://localhost:3000/', { headers: { origin: 'https://attaquant.exemple' } });
    expect(await guardServerAction(page)).toBeNull();
  });
});
