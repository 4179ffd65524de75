// What the public pages promise about e-mail. They say « vous recevrez un courriel » only when one will
// really leave: without a sending server (SMTP) the messages are only kept for the organisers.
// `mailSent` is that fact, read once on the server (lib/server/mail/delivery-mode.ts).

/** Under the seats: how the person learns that a place freed up. */
export function waitingListNotice(mailSent: boolean): string {
  return mailSent
    ? 'L’événement est complet. Si une place se libère, elle vous revient à votre tour et vous êtes prévenu·e par courriel.'
    : 'L’événement est complet. Si une place se libère, elle vous revient à votre tour ; l’organisation vous préviendra.';
}

/** Beside the sessions with limited places. */
export function sessionWaitingNotice(mailSent: boolean): string {
  return mailSent
    ? 'Places limitées. Si une séance est complète, vous êtes inscrit·e sur sa liste d’attente et prévenu·e par courriel quand une place se libère.'
    : 'Places limitées. Si une séance est complète, vous êtes inscrit·e sur sa liste d’attente et gardez votre rang quand une place se libère.';
}

/** How the registration box of the event page describes the personal link. */
export function personalLinkPromise(mailSent: boolean): string {
  return mailSent
    ? 'Vous recevrez par courriel un lien personnel pour la modifier ou l’annuler.'
    : 'Pour la modifier ou l’annuler, adressez-vous à l’organisation.';
}

/**
 * The confirmation page. It reads the same whether the address was new or already registered (the
 * page must not tell anyone typing an address whether it is registered), so it never shows a
 * personal link itself: the link goes to the address, by e-mail.
 */
export function confirmationMailNotice(mailSent: boolean, organiser: string): string {
  return mailSent
    ? 'Un courriel part vers l’adresse indiquée avec votre lien personnel : il permet de consulter, modifier ou annuler votre inscription. Si cette adresse était déjà inscrite, rien n’a changé : le courriel le confirme et redonne le lien. Pensez à vérifier vos indésirables.'
    : `L’envoi de courriels n’est pas activé pour le moment : vous ne recevrez pas de message de confirmation. Votre demande est enregistrée ; pour la modifier ou l’annuler, contactez ${organiser}.`;
}

/** The consent notice: how the person manages the registration, and what they may stop receiving. */
export function consentMailNotice(mailSent: boolean): string {
  return mailSent
    ? 'Vous pouvez consulter, corriger ou annuler votre inscription à tout moment avec le lien personnel reçu par courriel. Les rappels et messages de l’organisation contiennent un lien de désabonnement ; les messages liés à votre inscription (confirmation, place libérée, annulation) continuent de vous parvenir.'
    : 'Pour consulter, corriger ou annuler votre inscription, adressez-vous à l’organisation.';
}

/** A personal link that no longer works. */
export function lostLinkNotice(mailSent: boolean): string {
  return mailSent
    ? 'Vous ne le retrouvez pas ? Inscrivez-vous de nouveau avec la même adresse e-mail : rien ne change dans votre inscription et un lien vers elle vous est envoyé par courriel.'
    : 'Vous ne le retrouvez pas ? Adressez-vous à l’organisation de l’événement.';
}
