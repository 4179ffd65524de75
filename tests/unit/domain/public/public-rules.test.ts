import { describe, expect, it } from 'vitest';
import {
  isPublicStatus,
  publicSpeakers,
  registrationNotice,
  acceptsRegistrations,
  safeWebUrl,
  sessionFormatName,
  venueChecklist,
  vtimezoneFor,
  type SpeakerRow,
} from '@/lib/domain/public';
import { buildPublicEvent } from './public-fixtures';

describe('isPublicStatus', () => {
  it.each([
    ['DRAFT', false],
    ['PUBLISHED', true],
    ['DONE', true],
    ['BILAN_VALIDATED', true],
  ])('%s → %s', (status, expected) => {
    expect(isPublicStatus(status)).toBe(expected);
  });
});

describe('publicSpeakers', () => {
  const row = (name: string, sessionStatuses: SpeakerRow['sessionStatuses']): SpeakerRow => ({
    id: name,
    name,
    role: null,
    organisation: null,
    sessionStatuses,
  });

  it('drops people whose every session is cancelled, keeps the not-yet-placed, sorts in French order', () => {
    const rows = [
      row('Zoé', ['PLANNED']),
      row('Élodie', ['CANCELLED', 'PLANNED']),
      row('Bruno', ['CANCELLED']),
      row('Anaïs', []),
    ];
    expect(publicSpeakers(rows).map((s) => s.name)).toEqual(['Anaïs', 'Élodie', 'Zoé']);
  });

  it('returns only the public fields', () => {
    expect(Object.keys(publicSpeakers([row('Zoé', [])])[0] ?? {}).sort()).toEqual(['id', 'name', 'organisation', 'role']);
  });
});

describe('sessionFormatName', () => {
  it.each([
    ['atelier', null, 'Atelier'],
    ['pleniere', null, 'Plénière'],
    [null, 'Speed-meeting', 'Speed-meeting'],
    ['inconnu', 'Balade', 'Balade'],
    [null, '  ', null],
    [null, null, null],
  ])('%s / %s → %s', (formatId, custom, expected) => {
    expect(sessionFormatName(formatId, custom)).toBe(expected);
  });
});

describe('venueChecklist', () => {
  it('lists what the venue offers', () => {
    expect(venueChecklist(buildPublicEvent().venue)).toEqual([
      'Accessible aux personnes à mobilité réduite',
      'À proximité d’une gare',
      'Salle plénière',
    ]);
  });

  it('says when step-free access is not confirmed', () => {
    const venue = { ...buildPublicEvent().venue, accessible: false };
    expect(venueChecklist(venue)[0]).toBe('Accessibilité aux personnes à mobilité réduite non confirmée');
  });
});

describe('registrationNotice', () => {
  it.each([
    ['PUBLISHED', true, /^L’inscription est gratuite/, true],
    ['PUBLISHED', false, /^Les inscriptions sont closes\.$/, false],
    ['DONE', true, /^Cet événement a eu lieu : les inscriptions sont closes\.$/, false],
  ] as const)('%s, open: %s', (status, open, notice, form) => {
    expect(registrationNotice(status, open, true)).toMatch(notice);
    expect(acceptsRegistrations(status, open)).toBe(form);
  });

  it('a published event whose dates are past says it took place, without a form', () => {
    expect(registrationNotice('PUBLISHED', true, true, true)).toBe('Cet événement a eu lieu : les inscriptions sont closes.');
    expect(acceptsRegistrations('PUBLISHED', true, true)).toBe(false);
  });
});

describe('registrationNotice and e-mail', () => {
  it.each([
    [true, /Vous recevrez par courriel un lien personnel/],
    [false, /adressez-vous à l’organisation\.$/],
  ] as const)('e-mail sent: %s', (mailSent, notice) => {
    expect(registrationNotice('PUBLISHED', true, mailSent)).toMatch(notice);
  });
});

describe('safeWebUrl', () => {
  it.each([
    ['https://exemple.fr/partenaire', 'https://exemple.fr/partenaire'],
    [' http://exemple.fr ', 'http://exemple.fr/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['exemple.fr', null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(safeWebUrl(value)).toBe(expected);
  });
});

describe('vtimezoneFor', () => {
  it('gives Europe/Paris with the EU daylight-saving rules, and nothing for another zone', () => {
    const vtimezone = vtimezoneFor('Europe/Paris');
    expect(vtimezone).toContain('TZID:Europe/Paris');
    expect(vtimezone).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(vtimezone).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(vtimezone?.split('\r\n')[0]).toBe('BEGIN:VTIMEZONE');
    expect(vtimezoneFor('America/New_York')).toBeNull();
  });
});
