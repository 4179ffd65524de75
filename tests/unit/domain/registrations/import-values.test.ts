import { describe, expect, it } from 'vitest';
import { cleanText, isValidEmail, normaliseEmail, readCategory, readRegistrationDate } from '@/lib/domain/registrations/import-values';

describe('e-mail', () => {
  it('normalises case and spaces', () => {
    expect(normaliseEmail('  Hélène.Dupont@Exemple.FR ')).toBe('hélène.dupont@exemple.fr');
  });
  it.each([
    ['camille@exemple.fr', true],
    ['camille@', false],
    ['pas une adresse', false],
    ['a@b', false],
  ])('%s valid: %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });
});

describe('readCategory', () => {
  it.each([
    ['Conseiller numérique', 'CONSEILLER_NUMERIQUE'],
    ['conseillère numérique France Services', 'CONSEILLER_NUMERIQUE'],
    ['CNFS', 'CONSEILLER_NUMERIQUE'],
    ['Médiatrice numérique', 'MEDIATEUR'],
    ['médiateur·rice', 'MEDIATEUR'],
    ['Élu·e', 'ELU'],
    ['Élus', 'ELU'],
    ['Agent de collectivité', 'AGENT_COLLECTIVITE'],
    ['AGENT_COLLECTIVITE', 'AGENT_COLLECTIVITE'],
    ['Association', 'ASSOCIATION'],
    ['Bénévole', 'BENEVOLE'],
    ['Entreprise', 'ENTREPRISE'],
    ['Grand public', 'GRAND_PUBLIC'],
    ['Autre', 'AUTRE'],
  ])('%s → %s', (raw, category) => {
    expect(readCategory(raw)).toEqual({ kind: 'known', category });
  });

  it('files an empty cell under « Autre » without complaint', () => {
    expect(readCategory('  ')).toEqual({ kind: 'empty', category: 'AUTRE' });
  });

  it('files an unknown label under « Autre » and says so', () => {
    expect(readCategory('Journaliste')).toEqual({ kind: 'unknown', category: 'AUTRE' });
  });
});

describe('readRegistrationDate', () => {
  it.each([
    ['15/01/2027', '2027-01-14T23:00:00.000Z'],
    ['15/01/2027 10:32', '2027-01-15T09:32:00.000Z'],
    ['15/01/2027 à 10h32', '2027-01-15T09:32:00.000Z'],
    ['1/7/27', '2027-06-30T22:00:00.000Z'],
    ['2027-07-01 08:00:00', '2027-07-01T06:00:00.000Z'],
    ['2027-01-15T10:32:00', '2027-01-15T09:32:00.000Z'],
    ['2027-01-15T10:32:00Z', '2027-01-15T10:32:00.000Z'],
    ['2027-01-15T10:32:00+02:00', '2027-01-15T08:32:00.000Z'],
  ])('%s → %s (Paris time unless a zone is given)', (raw, iso) => {
    const reading = readRegistrationDate(raw);
    expect(reading.ok && reading.value?.toISOString()).toBe(iso);
  });

  it('reads an empty cell as « no date »', () => {
    expect(readRegistrationDate('')).toEqual({ ok: true, value: null });
  });

  it.each(['32/01/2027', '29/02/2027', '15/01/2027 25:00', 'demain', '2027/01/15'])('refuses %s', (raw) => {
    expect(readRegistrationDate(raw)).toEqual({ ok: false });
  });
});

describe('cleanText', () => {
  it('trims, collapses spaces and turns empty into null', () => {
    expect(cleanText('  Hub   Sud \n')).toBe('Hub Sud');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });
  it('turns control characters (a NUL byte from an XLSX `_x0000_`) into spaces', () => {
    expect(cleanText('Ana\u0000Lopez\u0007')).toBe('Ana Lopez');
    expect(cleanText('\u0000')).toBeNull();
  });
});
