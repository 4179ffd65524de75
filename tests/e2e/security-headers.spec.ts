import type { APIResponse, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectHydrated } from './support';

function directives(response: APIResponse): Map<string, string> {
  const policy = response.headers()['content-security-policy'] ?? '';
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d] as const),
  );
}

function expectBaseline(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  // The e2e server is a production build: HSTS is on (browsers ignore it on http://localhost).
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  const csp = directives(response);
  expect(csp.get('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(csp.get('object-src')).toBe("object-src 'none'");
  expect(csp.get('base-uri')).toBe("base-uri 'self'");
  expect(csp.get('form-action')).toBe("form-action 'self'");
  return csp;
}

test('dynamic pages get a per-request nonce CSP without unsafe-inline scripts; cached public pages the documented exception', async ({ request, seed, hub }) => {
  // A published event open to registration: its public page is cached, its form is not.
  const PUBLIC_PAGE = `/e/${(await seed.createRegistrationEvent(hub)).slug}`;
  const [first, second] = [await request.get('/connexion'), await request.get('/connexion')];
  const scripts = [first, second].map((r) => expectBaseline(r).get('script-src') ?? '');
  for (const scriptSrc of scripts) {
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  }
  expect(scripts[0]).not.toBe(scripts[1]);
  // Next put that nonce on every script of the page it rendered.
  const nonce = /'nonce-([^']+)'/.exec(scripts[0] ?? '')?.[1] ?? '';
  const html = await first.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags.filter((t) => !t.includes('application/ld+json'))) expect(tag).toContain(`nonce="${nonce}"`);

  for (const dynamicPublicPage of [`${PUBLIC_PAGE}/inscription`, '/formats']) {
    expect(expectBaseline(await request.get(dynamicPublicPage)).get('script-src')).toMatch(/^script-src 'self' 'nonce-[^']+' 'strict-dynamic'$/);
  }

  // Cached for every visitor, so no per-request nonce: inline scripts allowed, nothing else relaxed.
  const publicPage = await request.get(PUBLIC_PAGE);
  const publicCsp = expectBaseline(publicPage);
  expect(publicCsp.get('default-src')).toBe("default-src 'self'");
  expect(publicCsp.get('script-src')).toBe("script-src 'self' 'unsafe-inline'");
  expect(expectBaseline(await request.get(`${PUBLIC_PAGE}/calendar.ics`)).get('default-src')).toBe("default-src 'self'");

  const api = await request.get('/api/health');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
});

const ZOD_EVAL_PROBE = 'CSP violation: script-src eval';

/** Records CSP violations (the DOM event, not subject to the page's CSP) and console errors. */
async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (message) => {
    const text = message.text();
    // zod 4 probes `new Function('')` once (in a try/catch) to pick its JIT parser, and falls back
    // to the plain one when the CSP refuses: a report, not a broken page. Any other eval is a fault.
    if (message.type() === 'error' && text === ZOD_EVAL_PROBE) return;
    if (message.type() === 'error' && /Content Security Policy|CSP violation|Refused to/i.test(text)) problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}


test('pages still work under the policy: no CSP violation on the dashboard, programme editor, public and registration pages', async ({ page, seed, hub }) => {
  const PUBLIC_PAGE = `/e/${(await seed.createRegistrationEvent(hub)).slug}`;
  // A past event with the demo's Marseille programme.
  const EVENT = (await seed.createPastEvent(hub, { withOutcome: false })).title;
  const problems = await watchCsp(page);
  await page.goto(PUBLIC_PAGE);
  await expectHydrated(page);
  await page.goto(`${PUBLIC_PAGE}/inscription`);
  await expectHydrated(page);

  await signInAs(page, hub.coordinator);
  await expectHydrated(page);
  await page.getByRole('link', { name: EVENT, exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Programme' }).click();
  await expect(page).toHaveURL(/\/programme$/);
  await page.reload();
  await expectHydrated(page);
  // A client-side navigation (next/link) to the session form, itself a client component.
  await page.getByRole('link', { name: 'Démo : les outils de la médiation — modifier la séance' }).first().click();
  await expect(page.getByRole('heading', { name: 'Modifier « Démo : les outils de la médiation »' })).toBeVisible();
  await expectHydrated(page);
  expect(problems).toEqual([]);
});
