import { describe, expect, it } from 'vitest';
import { countDeliveries, emailDelivery, isAddressRefused } from '@/lib/domain/messages/delivery';

describe('emailDelivery', () => {
  it.each([
    [null, 'queued'],
    [{ status: 'QUEUED', attempts: 2 }, 'queued'],
    [{ status: 'SENT', attempts: 0 }, 'stored'],
    [{ status: 'SENT', attempts: 1 }, 'sent'],
    [{ status: 'FAILED', attempts: 6 }, 'failed'],
    [{ status: 'BOUNCED', attempts: 1 }, 'bounced'],
  ] as const)('%j reads as %s', (row, expected) => {
    expect(emailDelivery(row)).toBe(expected);
  });
});

describe('countDeliveries', () => {
  it('counts every state, zeros included', () => {
    expect(countDeliveries(['sent', 'sent', 'bounced'])).toEqual({ queued: 0, sent: 2, stored: 0, bounced: 1, failed: 0 });
    expect(countDeliveries([])).toEqual({ queued: 0, sent: 0, stored: 0, bounced: 0, failed: 0 });
  });
});

describe('isAddressRefused', () => {
  const error = (fields: object) => Object.assign(new Error('refus'), fields);
  it('is a 5xx answer to the envelope', () => {
    expect(isAddressRefused(error({ code: 'EENVELOPE', responseCode: 550 }))).toBe(true);
    expect(isAddressRefused(error({ code: 'EENVELOPE', responseCode: 553 }))).toBe(true);
  });
  it('is not a temporary refusal, an authentication or message refusal, or a network failure', () => {
    expect(isAddressRefused(error({ code: 'EENVELOPE', responseCode: 452 }))).toBe(false);
    expect(isAddressRefused(error({ code: 'EAUTH', responseCode: 535 }))).toBe(false);
    expect(isAddressRefused(error({ code: 'EMESSAGE', responseCode: 554 }))).toBe(false);
    expect(isAddressRefused(error({ code: 'ECONNREFUSED' }))).toBe(false);
    expect(isAddressRefused('550 refusé')).toBe(false);
    expect(isAddressRefused(null)).toBe(false);
  });
});
