import { describe, expect, it } from 'vitest';
import {
  anonymisedEmail,
  isPlaceholderEmail,
  isRetentionOver,
  retentionLastDay,
  registrationSourceLabel,
  walkInEmail,
} from '@/lib/domain/registrations/personal-data';

describe('placeholder addresses', () => {
  it('never reach a real mailbox and are recognised', () => {
    expect(anonymisedEmail('abc')).toBe('anonyme-abc@trame.invalid');
    expect(walkInEmail('123')).toBe('sur-place-123@trame.invalid');
    expect(isPlaceholderEmail(walkInEmail('123'))).toBe(true);
    expect(isPlaceholderEmail('camille@exemple.fr')).toBe(false);
  });
});

describe('retention', () => {
  it.each([
    ['2027-02-12', 12, '2028-02-12'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('last day %s + %i months keeps data until %s', (lastDay, months, until) => {
    expect(retentionLastDay(lastDay, months)).toBe(until);
  });

  it('is over from the next Paris day', () => {
    // 2028-02-12 23:30 in Paris is still the last day kept; 23:30 UTC is already the 13th in Paris.
    expect(isRetentionOver('2027-02-12', 12, new Date('2028-02-12T22:30:00Z'))).toBe(false);
    expect(isRetentionOver('2027-02-12', 12, new Date('2028-02-12T23:30:00Z'))).toBe(true);
  });
});

describe('registrationSourceLabel', () => {
  it.each([
    ['formulaire', 'Formulaire Trame'],
    ['import:helloasso', 'Import HelloAsso'],
    ['sur-place', 'Sur place'],
    ['autre-chose', 'autre-chose'],
  ])('%s → %s', (source, label) => {
    expect(registrationSourceLabel(source)).toBe(label);
  });
});
