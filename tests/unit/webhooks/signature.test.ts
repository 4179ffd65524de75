import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, verifyWebhookSignature } from '@/lib/server/webhooks/signature';

const SECRET = 'whsec_test';
const BODY = JSON.stringify({ id: 'd1', type: 'event.published', data: { event: { title: 'Forum' } } });
const NOW = new Date('2026-12-06T10:00:00Z');

describe('webhook signatures', () => {
  it('signs "t.body" with HMAC-SHA256, in the Trame-Signature format', () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=1796551200,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, BODY, header, { now: NOW })).toEqual({ ok: true, timestamp: 1796551200 });
  });

  it('refuses a tampered body, another secret or another timestamp', () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, BODY.replace('Forum', 'Forum!'), header, { now: NOW })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature('whsec_other', BODY, header, { now: NOW })).toEqual({ ok: false, reason: 'mismatch' });
    const moved = header.replace('t=1796551200', 't=1796551201');
    expect(verifyWebhookSignature(SECRET, BODY, moved, { now: NOW })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a signature older (or later) than the tolerance: a replayed request', () => {
    const header = signWebhook(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, BODY, header, { now: new Date(NOW.getTime() + 299_000) }).ok).toBe(true);
    expect(verifyWebhookSignature(SECRET, BODY, header, { now: new Date(NOW.getTime() + 301_000) })).toEqual({ ok: false, reason: 'too-old' });
    expect(verifyWebhookSignature(SECRET, BODY, header, { now: new Date(NOW.getTime() - 301_000) })).toEqual({ ok: false, reason: 'too-old' });
  });

  it.each([null, '', 't=abc,v1=00', 'v1=' + '0'.repeat(64), 't=1796551200', 't=1796551200,v1=xyz'])('refuses the malformed header %j', (header) => {
    expect(verifyWebhookSignature(SECRET, BODY, header, { now: NOW })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('makes a new random secret each time', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
