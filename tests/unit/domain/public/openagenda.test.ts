import { describe, expect, it } from 'vitest';
import {
  buildOpenAgendaEvent,
  describeOpenAgendaFailure,
  openAgendaEventBody,
  openAgendaLocationBody,
  shortDescription,
  splitFrenchAddress,
  SHORT_DESCRIPTION_MAX,
} from '@/lib/domain/public/openagenda';
import { at, buildPublicEvent, buildPublicSession } from './public-fixtures';

const LINKS = { pageUrl: 'https://trame.exemple/e/rencontre-test', registrationUrl: 'https://trame.exemple/e/rencontre-test/inscription' };

describe('shortDescription', () => {
  const long = 'Une journée pour se rencontrer. '.repeat(10);
  it.each([
    ['Une journée courte.', 'Une journée courte.'],
    ['  Deux   espaces\net un retour.  ', 'Deux espaces et un retour.'],
  ])('keeps a short text: %j', (text, expected) => {
    expect(shortDescription(text)).toBe(expected);
  });

  it('keeps whole sentences that fit', () => {
    const result = shortDescription(long);
    expect(result.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
    expect(result.endsWith('rencontrer.')).toBe(true);
  });

  it('cuts one long sentence at a word, with an ellipsis, within 200 characters', () => {
    const result = shortDescription(`Une ${'très '.repeat(60)}longue phrase sans point`);
    expect(result.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
    expect(result).toMatch(/très…$/);
  });
});

describe('splitFrenchAddress', () => {
  it.each([
    ['12 rue de la République, 13001 Marseille', { postalCode: '13001', city: 'Marseille' }],
    ['Maison des associations 93 La Canebière 13001 Marseille', { postalCode: '13001', city: 'Marseille' }],
    ['2 place du Marché, 04000 Digne-les-Bains', { postalCode: '04000', city: 'Digne-les-Bains' }],
    ['Salle des fêtes, Barcelonnette', {}],
    ['', {}],
  ])('%j', (address, expected) => {
    expect(splitFrenchAddress(address)).toEqual(expected);
  });
});

describe('buildOpenAgendaEvent', () => {
  it('gives one timing per day, the Trame id in extIds, the location with its postal code and city', () => {
    const { event, location } = buildOpenAgendaEvent(buildPublicEvent(), LINKS, '13201');
    expect(event.timings).toEqual([
      { begin: '2027-02-11T09:00:00+01:00', end: '2027-02-11T17:30:00+01:00' },
      { begin: '2027-02-12T09:00:00+01:00', end: '2027-02-12T17:00:00+01:00' },
    ]);
    expect(event.extIds).toEqual([{ key: 'trame', value: 'event-1' }]);
    expect(event.attendanceMode).toBe(1);
    expect(event).not.toHaveProperty('onlineAccessLink');
    expect(event.registration).toEqual([LINKS.registrationUrl]);
    expect(event.accessibility).toEqual({ mi: true });
    expect(event.keywords).toEqual({ fr: ['Inclusion numérique'] });
    expect(event.status).toBe(1);
    expect(location).toEqual({ name: 'Cité des associations', address: '93 La Canebière, 13001 Marseille', postalCode: '13001', city: 'Marseille', insee: '13201', countryCode: 'FR' });
  });

  it.each([
    ['PRESENTIEL', 1, false, true],
    ['HYBRIDE', 3, true, true],
    ['DISTANCIEL', 2, true, false],
  ] as const)('a %s event is attendance mode %s; online access by its public page: %s; a location: %s', (mode, attendance, online, located) => {
    const { event, location } = buildOpenAgendaEvent(buildPublicEvent({ mode }), LINKS);
    expect(event.attendanceMode).toBe(attendance);
    expect(event.onlineAccessLink).toBe(online ? LINKS.pageUrl : undefined);
    expect(location !== null).toBe(located);
  });

  it.each([
    [null, null, 1],
    [100, 12, 1],
    [100, 0, 5],
  ])('with %s seats and %s left the status is %s', (capacity, seatsLeft, status) => {
    expect(buildOpenAgendaEvent(buildPublicEvent({ capacity, seatsLeft }), LINKS).event.status).toBe(status);
  });

  it('offers no registration once registrations are closed or the event is over', () => {
    expect(buildOpenAgendaEvent(buildPublicEvent({ registrationOpen: false }), LINKS).event).not.toHaveProperty('registration');
    expect(buildOpenAgendaEvent(buildPublicEvent({ status: 'DONE' }), LINKS).event).not.toHaveProperty('conditions');
  });

  it('writes the programme in the long description, as text that Markdown cannot turn into a link', () => {
    const event = buildPublicEvent({
      sessions: [
        buildPublicSession({ title: '[Clique](https://pirate.example)' }),
        buildPublicSession({ id: 's2', title: 'Retex', start: '14:00', end: '15:00', status: 'CANCELLED', cancelReason: 'Report' }),
      ],
    });
    const text = buildOpenAgendaEvent(event, LINKS).event.longDescription.fr;
    expect(text).toContain('## Programme');
    expect(text).toContain('\\[Clique\\]\\(https://pirate.example\\)');
    expect(text).toMatch(/Retex \(Salle plénière\) — Nadia Benali — \*\*annulée\*\*/);
    expect(text).toContain(`Programme complet et inscription : ${LINKS.pageUrl}`);
  });

  it('uses the event’s span when it has no days', () => {
    const { event } = buildOpenAgendaEvent(buildPublicEvent({ days: [], startsAt: at('2027-07-08', '09:00'), endsAt: at('2027-07-08', '12:00') }), LINKS);
    expect(event.timings).toEqual([{ begin: '2027-07-08T09:00:00+02:00', end: '2027-07-08T12:00:00+02:00' }]);
  });
});

describe('what the push sends', () => {
  const location = { name: 'Maison des associations', address: '12 rue de la République, 13001 Marseille', countryCode: 'FR' as const };

  it('gives the location the event’s Trame id, within OpenAgenda’s lengths', () => {
    const body = openAgendaLocationBody({ ...location, name: 'N'.repeat(150), address: 'A'.repeat(300) }, 'evt-1');
    expect(body.name).toHaveLength(100);
    expect(body.address).toHaveLength(255);
    expect(body.extIds).toEqual([{ key: 'trame', value: 'evt-1' }]);
    expect(openAgendaLocationBody(location, 'evt-1')).toMatchObject(location);
  });

  it('ties the event to its location only when it has one', () => {
    const { event } = buildOpenAgendaEvent(buildPublicEvent(), LINKS);
    expect(openAgendaEventBody(event, '123')).toEqual({ ...event, locationUid: '123' });
    expect(openAgendaEventBody(event, null)).not.toHaveProperty('locationUid');
  });
});

describe('describeOpenAgendaFailure', () => {
  it.each([
    [{ kind: 'http', status: 500, step: 'event' }, true, 'OpenAgenda est momentanément indisponible (erreur 500 pendant l’envoi de l’événement).'],
    [{ kind: 'http', status: 429, step: 'location' }, true, 'OpenAgenda est momentanément indisponible (erreur 429 pendant l’envoi du lieu).'],
    [{ kind: 'http', status: 401, step: 'token' }, false, 'OpenAgenda a refusé la clé de l’instance pendant l’authentification : l’équipe qui administre Trame doit la vérifier.'],
    [{ kind: 'http', status: 403, step: 'event' }, false, 'OpenAgenda a refusé la clé de l’instance pendant l’envoi de l’événement : l’équipe qui administre Trame doit la vérifier.'],
    [{ kind: 'http', status: 400, step: 'event' }, false, 'OpenAgenda a refusé l’envoi de l’événement (erreur 400) : vérifiez le titre, les dates et l’adresse de l’événement.'],
    [{ kind: 'http', status: 404, step: 'location' }, false, 'OpenAgenda a refusé l’envoi du lieu (erreur 404) : vérifiez le titre, les dates et l’adresse de l’événement.'],
    [{ kind: 'network' }, true, 'OpenAgenda n’a pas répondu à temps.'],
    [{ kind: 'unexpected-answer' }, true, 'OpenAgenda a répondu de façon inattendue.'],
    [{ kind: 'not-public' }, false, 'L’événement n’est plus public : OpenAgenda n’annonce que des événements publiés.'],
    [{ kind: 'not-configured' }, false, 'Aucun agenda OpenAgenda n’est configuré sur cette instance de Trame.'],
  ] as const)('%j → retry %s', (failure, retry, message) => {
    expect(describeOpenAgendaFailure(failure)).toEqual({ message, retry });
  });
});
