import { describe, expect, it } from 'vitest';
import { isExpectedOrder, readOrderStatus } from '@/lib/domain/registrations/order-status';
import { guessTicketDays, registrationDays } from '@/lib/domain/registrations/ticket-days';

// Jeudi 11 et vendredi 12 mars 2027.
const TWO_DAYS = ['2027-03-11', '2027-03-12'];
const THREE_DAYS = ['2027-03-10', '2027-03-11', '2027-03-12'];

describe('guessTicketDays', () => {
  it.each([
    ['Pass jeudi', TWO_DAYS, ['2027-03-11']],
    ['PASS VENDREDI', TWO_DAYS, ['2027-03-12']],
    ['Pass jeu.', TWO_DAYS, ['2027-03-11']],
    ['Pass 2 jours', TWO_DAYS, TWO_DAYS],
    ['Pass deux jours', TWO_DAYS, TWO_DAYS],
    ['Accès tous les jours', TWO_DAYS, TWO_DAYS],
    ['Pass complet', TWO_DAYS, TWO_DAYS],
    ['Les 2 jours – tarif réduit', TWO_DAYS, TWO_DAYS],
    ['Jeudi + vendredi', TWO_DAYS, TWO_DAYS],
    ['Journée du 12/03', TWO_DAYS, ['2027-03-12']],
    ['Journée du 11/03/2027', TWO_DAYS, ['2027-03-11']],
    ['Entrée 11 mars', TWO_DAYS, ['2027-03-11']],
    ['Entrée 1er jour', TWO_DAYS, ['2027-03-11']],
    ['J2', TWO_DAYS, ['2027-03-12']],
    ['Jour 2 seulement', TWO_DAYS, ['2027-03-12']],
    ['Billet 2027-03-12', TWO_DAYS, ['2027-03-12']],
    ['Mercredi et jeudi', THREE_DAYS, ['2027-03-10', '2027-03-11']],
    ['Pass 3 jours', THREE_DAYS, THREE_DAYS],
  ])('« %s » → its days', (label, days, expected) => {
    expect(guessTicketDays(label, days)).toEqual({ kind: 'guessed', days: expected });
  });

  it.each([
    ['Tarif normal', TWO_DAYS],
    ['Adhérent', TWO_DAYS],
    // Un mardi que l'événement n'a pas, trois jours pour un événement de deux.
    ['Pass mardi', TWO_DAYS],
    ['Pass 3 jours', TWO_DAYS],
  ])('« %s » is left to the coordinator', (label, days) => {
    expect(guessTicketDays(label, days)).toEqual({ kind: 'unknown', days: [] });
  });

  it('gives every ticket the only day of a one-day event', () => {
    expect(guessTicketDays('Tarif normal', ['2027-03-11'])).toEqual({ kind: 'guessed', days: ['2027-03-11'] });
  });
});

describe('registrationDays', () => {
  it.each([
    [[['2027-03-11']], ['2027-03-11']],
    [[['2027-03-11'], ['2027-03-11']], ['2027-03-11']],
    // Deux billets d'un jour, ou un pass 2 jours : tous les jours, écrit [] comme le formulaire.
    [[['2027-03-11'], ['2027-03-12']], []],
    [[TWO_DAYS], []],
  ])('%j → %j', (tickets, expected) => {
    expect(registrationDays(tickets, TWO_DAYS)).toEqual(expected);
  });
});

describe('readOrderStatus', () => {
  it.each([
    ['Validé', 'valid', true],
    ['Payé', 'valid', true],
    ['', 'valid', true],
    ['Remboursé', 'cancelled', false],
    ['Remboursement partiel', 'cancelled', false],
    ['Annulée', 'cancelled', false],
    ['Refusé', 'cancelled', false],
    ['En attente', 'pending', true],
    ['Non payé', 'pending', true],
    ['Inscrit', 'valid', true],
    ['Bizarre', 'unknown', true],
  ])('%s → %s (expected: %s)', (raw, kind, expected) => {
    const read = readOrderStatus(raw);
    expect(read).toBe(kind);
    expect(isExpectedOrder(read)).toBe(expected);
  });
});
