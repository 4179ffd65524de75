import { describe, expect, it } from 'vitest';
import {
  confirmationMailNotice,
  consentMailNotice,
  lostLinkNotice,
  personalLinkPromise,
  sessionWaitingNotice,
  waitingListNotice,
} from '@/lib/domain/public/mail-notices';

// Public pages promise an e-mail only when one will leave (issue 17.3).
const NOTICES = [
  ['waitingListNotice', (sent: boolean) => waitingListNotice(sent)],
  ['sessionWaitingNotice', (sent: boolean) => sessionWaitingNotice(sent)],
  ['personalLinkPromise', (sent: boolean) => personalLinkPromise(sent)],
  ['confirmationMailNotice', (sent: boolean) => confirmationMailNotice(sent, 'Hub du Var')],
  ['consentMailNotice', (sent: boolean) => consentMailNotice(sent)],
  ['lostLinkNotice', (sent: boolean) => lostLinkNotice(sent)],
] as const;

describe('e-mail promises on public pages', () => {
  it.each(NOTICES)('%s promises no e-mail when none leaves', (_name, notice) => {
    expect(notice(false)).not.toMatch(/par courriel|vous est envoyé|courriel part|reçu par courriel|recevrez par/);
  });

  it.each(NOTICES)('%s differs when e-mails leave', (_name, notice) => {
    expect(notice(true)).not.toBe(notice(false));
  });

  it('the confirmation never hands out a personal link and reads the same for a new or a known address', () => {
    expect(confirmationMailNotice(true, 'Hub')).toMatch(/Si cette adresse était déjà inscrite, rien n’a changé/);
    expect(confirmationMailNotice(false, 'Hub du Var')).toMatch(/contactez Hub du Var\.$/);
  });

  it('the consent text says which messages continue after unsubscribing', () => {
    expect(consentMailNotice(true)).toMatch(/lien de désabonnement/);
    expect(consentMailNotice(true)).toMatch(/continuent de vous parvenir/);
  });
});
