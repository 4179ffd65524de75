import { describe, expect, it } from 'vitest';
import { isWebhookKind, webhookKindLabel, WEBHOOK_KINDS, WEBHOOK_KIND_LABELS } from '@/lib/domain/webhooks/kinds';
import {
  DISABLE_AFTER_FAILED_DELIVERIES,
  isDelivered,
  MAX_ATTEMPTS,
  MAX_URL_LENGTH,
  nextAttemptAt,
  shouldDisable,
  urlRefusal,
} from '@/lib/domain/webhooks/policy';

const NOW = new Date('2026-12-06T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('retry schedule', () => {
  it.each([
    [1, later(60)],
    [2, later(5 * 60)],
    [3, later(30 * 60)],
    [4, later(2 * 3600)],
    [5, later(8 * 3600)],
  ])('after %i failed tries, tries again at the scheduled time', (attempts, expected) => {
    expect(nextAttemptAt(attempts, NOW)).toEqual(expected);
  });

  it('gives up after the last try', () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttemptAt(MAX_ATTEMPTS, NOW)).toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS + 3, NOW)).toBeNull();
  });

  it('sends a delivery never tried at once', () => {
    expect(nextAttemptAt(0, NOW)).toEqual(NOW);
  });
});

describe('disabling an endpoint', () => {
  it.each([
    [0, false],
    [DISABLE_AFTER_FAILED_DELIVERIES - 1, false],
    [DISABLE_AFTER_FAILED_DELIVERIES, true],
    [DISABLE_AFTER_FAILED_DELIVERIES + 1, true],
  ])('%i failed deliveries in a row → disabled: %s', (failures, disabled) => {
    expect(shouldDisable(failures)).toBe(disabled);
  });
});

describe('what counts as delivered', () => {
  it.each([
    [200, true],
    [204, true],
    [299, true],
    [199, false],
    [301, false],
    [400, false],
    [500, false],
  ])('HTTP %i → %s', (status, delivered) => {
    expect(isDelivered(status)).toBe(delivered);
  });
});

describe('endpoint address rules', () => {
  it.each([
    ['https://exemple.fr/trame', null],
    ['https://hooks.exemple.fr:8443/trame?cle=1', null],
    ['https://exemple.fr:443/', null],
    ['http://exemple.fr/trame', 'not-https'],
    ['ftp://exemple.fr/', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['exemple.fr/trame', 'invalid'],
    ['', 'invalid'],
    ['https://alice:secret@exemple.fr/', 'credentials'],
    ['https://alice@exemple.fr/', 'credentials'],
    ['https://exemple.fr/#fragment', 'fragment'],
    ['https://exemple.fr:22/', 'port'],
    [`https://exemple.fr/${'a'.repeat(MAX_URL_LENGTH)}`, 'too-long'],
  ])('%s → %s', (url, refusal) => {
    expect(urlRefusal(url)).toBe(refusal);
  });
});

describe('kinds', () => {
  it('labels every kind in French', () => {
    for (const kind of WEBHOOK_KINDS) expect(WEBHOOK_KIND_LABELS[kind]).toMatch(/^[A-ZÉ]/);
    expect(webhookKindLabel('registration.promoted')).toBe('Inscription promue depuis la liste d’attente');
    expect(webhookKindLabel('ancien.type')).toBe('ancien.type');
  });

  it('knows only its kinds, not the test ping', () => {
    expect(isWebhookKind('bilan.validated')).toBe(true);
    expect(isWebhookKind('ping')).toBe(false);
    expect(isWebhookKind('registration')).toBe(false);
  });
});
