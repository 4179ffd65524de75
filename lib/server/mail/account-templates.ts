import type { Email } from '@/lib/server/mail/templates';

// E-mails about the account itself: plain French text, no database access.

export function passwordResetEmail(input: { name: string; link: string }): Email {
  return {
    subject: 'Trame : choisir un nouveau mot de passe',
    text: [
      `Bonjour ${input.name},`,
      '',
      'Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte Trame.',
      'Pour en choisir un nouveau, ouvrez ce lien dans l’heure qui vient (il ne sert qu’une fois) :',
      input.link,
      '',
      'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.',
    ].join('\n'),
  };
}

export function accountExistsEmail(input: { name: string; signInLink: string; resetLink: string }): Email {
  return {
    subject: 'Trame : vous avez déjà un compte',
    text: [
      `Bonjour ${input.name},`,
      '',
      'Quelqu’un a essayé de créer un compte Trame avec votre adresse e-mail, qui en a déjà un.',
      `Si c’était vous, connectez-vous : ${input.signInLink}`,
      `Mot de passe oublié ? Choisissez-en un nouveau : ${input.resetLink}`,
      '',
      'Si ce n’était pas vous, ignorez ce message : rien n’a changé sur votre compte.',
    ].join('\n'),
  };
}

export function confirmAddressEmail(input: { name: string; link: string }): Email {
  return {
    subject: 'Trame : confirmez votre adresse e-mail',
    text: [
      `Bonjour ${input.name},`,
      '',
      'Votre compte Trame est prêt. Pour l’ouvrir, confirmez votre adresse en suivant ce lien (valable 48 heures) :',
      input.link,
      '',
      'Si vous n’avez pas créé de compte, ignorez ce message : sans confirmation, le compte ne peut pas servir.',
    ].join('\n'),
  };
}

export function invitationForExistingAccountEmail(input: { name: string; organisation: string; signInLink: string }): Email {
  return {
    subject: 'Trame : vous avez déjà un compte',
    text: [
      `Bonjour ${input.name},`,
      '',
      `Quelqu’un a voulu rejoindre la structure « ${input.organisation} » sur Trame en créant un compte avec votre adresse e-mail, qui en a déjà un.`,
      `Si c’était vous, connectez-vous (${input.signInLink}) puis rouvrez le lien d’invitation : vous rejoindrez la structure avec votre compte.`,
      '',
      'Si ce n’était pas vous, ignorez ce message : rien n’a changé sur votre compte.',
    ].join('\n'),
  };
}
