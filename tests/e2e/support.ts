import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// The demo accounts, for the one journey that checks the demo data people try Trame with is there
// (accounts.spec.ts). Every other journey seeds its own data (fixtures.ts) and never touches these.
export const DEMO_COORDINATOR = { email: 'coordination@demo.trame.fr', password: 'demo-trame-2026' };
export const DEMO_FUNDER = { email: 'financeur@demo.trame.fr', password: 'demo-trame-2026' };

/**
 * Waits until the page is settled: loaded, its title set (Next streams the metadata of dynamic pages,
 * so <title> can land after the content) and its main heading shown.
 */
export async function expectSettled(page: Page) {
  await page.waitForLoadState('load');
  await expect(page).toHaveTitle(/\S/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Fails on any WCAG A/AA violation axe finds on the page, once it is settled. */
export async function expectAccessible(page: Page) {
  await expectSettled(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Full-page screenshot kept under tests/e2e/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
}

/**
 * Next's client runtime sets window.next once its scripts ran: the page is hydrated. A form filled
 * before that loses what was typed when react-hook-form registers its fields with their defaults.
 */
export async function expectHydrated(page: Page) {
  await page.waitForFunction(() => 'next' in window);
}
