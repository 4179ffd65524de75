import { describe, expect, it } from 'vitest';
import { alreadyRegisteredEmail, cancellationEmail, promotionEmail, registrationEmail, type MailEvent } from '@/lib/server/mail/templates';

const event: MailEvent = {
  title: 'Matinée des ateliers',
  startsAt: new Date('2027-01-21T08:30:00Z'),
  endsAt: new Date('2027-01-21T11:30:00Z'),
  venue: 'Médiathèque, Aix-en-Provence',
  organiser: 'Hub Sud',
};
const link = 'https://trame.example/inscription/abcdefghijklmnopqrstuvwxyz';
const session = { title: 'Atelier démarches', startsAt: new Date('2027-01-21T08:45:00Z') };

describe('participant e-mails', () => {
  it('confirms with the date, the place, the sessions and the personal link', () => {
    const email = registrationEmail({
      name: 'Awa',
      event,
      personalLink: link,
      status: 'CONFIRMED',
      rank: null,
      updated: false,
      sessions: [
        { ...session, status: 'WAITING', rank: 2 },
        { title: 'Quittée', startsAt: session.startsAt, status: 'CANCELLED', rank: null },
      ],
    });
    expect(email.subject).toBe('Inscription confirmée : Matinée des ateliers');
    expect(email.text).toContain('Bonjour Awa,');
    expect(email.text).toContain('Date : 21 janvier 2027');
    expect(email.text).toContain('Lieu : Médiathèque, Aix-en-Provence');
    expect(email.text).toContain('- Atelier démarches (21 janvier 2027 à 09:45) : liste d’attente (rang 2)');
    expect(email.text).not.toContain('Quittée');
    expect(email.text).toContain(link);
    expect(email.checkinQr).toBe(true);
    expect(email.text).toContain('Votre code d’accueil (QR code) est joint à ce message');
  });

  it('sends no check-in code to someone on the waiting list', () => {
    const email = registrationEmail({ name: 'Awa', event, personalLink: link, sessions: [], status: 'WAITING', rank: 1, updated: false });
    expect(email.checkinQr).toBe(false);
    expect(email.text).not.toContain('QR code');
  });

  it.each([
    [{ status: 'WAITING' as const, rank: 4, updated: false }, 'Liste d’attente : Matinée des ateliers', 'au rang 4'],
    [{ status: 'CONFIRMED' as const, rank: null, updated: true }, 'Inscription mise à jour : Matinée des ateliers', 'vos informations sont à jour'],
  ])('words the subject and headline for %o', (seat, subject, headline) => {
    const email = registrationEmail({ name: 'Awa', event, personalLink: link, sessions: [], ...seat });
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(headline);
  });

  it('tells what the promotion is for', () => {
    const email = promotionEmail({ name: 'Paul', event, personalLink: link, eventPromoted: false, confirmed: true, sessions: [session] });
    expect(email.subject).toBe('Une place s’est libérée : Matinée des ateliers');
    expect(email.text).toContain('Votre place à la séance « Atelier démarches »');
    expect(email.text).not.toContain('Votre inscription à « Matinée des ateliers » est maintenant confirmée.');
    expect(email.text).toContain(link);
    expect(email.checkinQr).toBe(true);
  });

  it('confirms a cancellation with the way back, not the personal link', () => {
    const email = cancellationEmail({ name: 'Inès', event, registrationLink: 'https://trame.example/e/matinee/inscription' });
    expect(email.subject).toBe('Inscription annulée : Matinée des ateliers');
    expect(email.text).toContain('https://trame.example/e/matinee/inscription');
    expect(email.text).not.toContain('/inscription/abc');
  });
});

describe('already registered', () => {
  it('tells the owner nothing changed, where they stand, and gives the link', () => {
    const email = alreadyRegisteredEmail({ name: 'Awa', event, personalLink: link, status: 'WAITING', rank: 3, sessions: [] });
    expect(email.subject).toBe('Vous êtes déjà inscrit·e : Matinée des ateliers');
    expect(email.text).toContain('rien n’a été changé');
    expect(email.text).toContain('liste d’attente (rang 3)');
    expect(email.text).toContain(link);
    expect(email.text).toContain('ignorez ce message');
    expect(email.checkinQr).toBe(false);
  });
});
