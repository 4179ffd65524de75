/*
 * The rules of webhook delivery (issue 20.5), as data:
 * - an occurrence is tried at once, then again after each delay below (1 min, 5 min, 30 min, 2 h, 8 h):
 *   6 tries over about 10 h 36 min, after which the delivery is FAILED;
 * - an endpoint whose deliveries end FAILED 5 times in a row is disabled (a success resets the count);
 *   an administrator re-enables it from the settings page;
 * - an endpoint's address: https only, no user name or password in it, bounded length, no fragment.
 *   Whether its host is a private address is checked by the server (lib/server/webhooks/address.ts).
 */

export const RETRY_DELAYS_SECONDS = [60, 5 * 60, 30 * 60, 2 * 3600, 8 * 3600] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;
export const DISABLE_AFTER_FAILED_DELIVERIES = 5;
export const MAX_URL_LENGTH = 500;
export const MAX_ENDPOINTS_PER_ORGANISATION = 10;

/** When to try again after `attempts` failed tries, or null when that was the last one. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts < 1) return now;
  const delay = RETRY_DELAYS_SECONDS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay * 1000);
}

/** Whether an endpoint whose deliveries ended FAILED `consecutiveFailures` times in a row is disabled. */
export function shouldDisable(consecutiveFailures: number): boolean {
  return consecutiveFailures >= DISABLE_AFTER_FAILED_DELIVERIES;
}

/** A 2xx answer is a delivery; anything else (redirects included: they are not followed) is a failure. */
export function isDelivered(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}

export type UrlRefusal = 'invalid' | 'too-long' | 'not-https' | 'credentials' | 'fragment' | 'port';

export const URL_REFUSAL_MESSAGES: Record<UrlRefusal, string> = {
  invalid: 'Saisissez une adresse complète, par exemple https://exemple.fr/trame.',
  'too-long': `L’adresse ne peut pas dépasser ${MAX_URL_LENGTH} caractères.`,
  'not-https': 'L’adresse doit commencer par https:// : les envois sont chiffrés.',
  credentials: 'L’adresse ne doit contenir ni identifiant ni mot de passe.',
  fragment: 'L’adresse ne doit pas contenir de partie après « # ».',
  port: 'Utilisez le port HTTPS habituel (443) ou un port au-delà de 1023.',
};

/** Why this address cannot be an endpoint, or null when its form is acceptable. */
export function urlRefusal(value: string): UrlRefusal | null {
  if (value.length > MAX_URL_LENGTH) return 'too-long';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:') return 'not-https';
  if (!url.hostname) return 'invalid';
  if (url.username || url.password) return 'credentials';
  if (url.hash || value.includes('#')) return 'fragment';
  // Well-known ports other than 443 (SSH, SMTP, databases…) are no webhook receivers.
  if (url.port && Number(url.port) < 1024) return 'port';
  return null;
}
