import { textField, z } from '@/lib/schemas/zod';
import { pendingAnswersSchema } from '@/lib/domain/diagnostic/anonymous';
import { isValidSiret, normaliseSiret } from '@/lib/domain/organisations/siret';

// One schema per input: forms (react-hook-form) and server actions both use these.
export const ORGANISATION_KINDS = ['HUB', 'MOUVEMENT_ASSOCIATIF', 'COLLECTIVITE', 'ASSOCIATION', 'FINANCEUR', 'RESEAU', 'AUTRE'] as const;
export type OrganisationKindId = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKindId, string> = {
  HUB: 'Hub territorial pour un numérique inclusif',
  MOUVEMENT_ASSOCIATIF: 'Mouvement associatif régional',
  COLLECTIVITE: 'Collectivité',
  ASSOCIATION: 'Association',
  FINANCEUR: 'Financeur',
  RESEAU: 'Réseau (tête de réseau : RéZolutions numériques, réseau régional des hubs…)',
  AUTRE: 'Autre',
};

const email = textField({ error: 'Indiquez votre adresse e-mail.' })
  .trim()
  .min(1, { error: 'Indiquez votre adresse e-mail.' })
  .max(254, { error: 'Cette adresse e-mail est trop longue (254 caractères au plus).' })
  .pipe(z.email({ error: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).' }))
  .transform((value) => value.toLowerCase());

/** Shown under every new-password input; the server also refuses guessable ones (zxcvbn-ts). */
export const PASSWORD_HINT = '10 caractères au moins, difficile à deviner : quelques mots sans rapport entre eux font l’affaire.';

const newPassword = textField({ error: 'Choisissez un mot de passe.' })
  .min(10, { error: 'Le mot de passe doit contenir au moins 10 caractères.' })
  .max(200, { error: 'Le mot de passe est trop long (200 caractères au plus).' });

const personName = textField({ error: 'Indiquez votre nom.' })
  .trim()
  .min(1, { error: 'Indiquez votre nom.' })
  .max(120, { error: 'Le nom est trop long (120 caractères au plus).' });

export const signInSchema = z.object({
  email,
  password: textField({ error: 'Indiquez votre mot de passe.' }).min(1, { error: 'Indiquez votre mot de passe.' }).max(200, { error: 'Le mot de passe est trop long.' }),
});
export type SignInInput = z.infer<typeof signInSchema>;

const organisationFields = {
  organisationName: textField({ error: 'Indiquez le nom de la structure.' })
    .trim()
    .min(2, { error: 'Indiquez le nom de la structure (2 caractères au moins).' })
    .max(160, { error: 'Le nom de la structure est trop long (160 caractères au plus).' }),
  organisationKind: z.enum(ORGANISATION_KINDS, { error: 'Choisissez le type de structure.' }),
  siret: textField()
    .trim()
    .transform(normaliseSiret)
    .refine((value) => value === '' || /^\d{14}$/.test(value), { error: 'Le SIRET compte 14 chiffres (ou laissez vide).', abort: true })
    .refine((value) => value === '' || isValidSiret(value), { error: 'Ce SIRET n’existe pas : vérifiez-le sur l’avis de situation INSEE.' })
    .optional(),
};

/** A funder is recognised by its SIRET (shown wherever bilans are shared): required for it. */
function funderHasSiret(input: { organisationKind: OrganisationKindId; siret?: string }, ctx: z.RefinementCtx) {
  if (input.organisationKind === 'FINANCEUR' && !input.siret) {
    ctx.addIssue({ code: 'custom', path: ['siret'], message: 'Un financeur indique son SIRET : c’est lui qui le distingue des autres structures.' });
  }
}

export const organisationSchema = z.object(organisationFields).superRefine(funderHasSiret);

export const signUpSchema = z
  // `diagnostic`: the anonymous diagnostic's answers, when the visitor signs up to keep it.
  .object({ name: personName, email, password: newPassword, diagnostic: pendingAnswersSchema })
  .extend(organisationFields)
  .superRefine(funderHasSiret);
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Joining through an invitation: the organisation comes from the invitation. */
export const acceptInvitationSchema = z.object({
  token: textField().min(20).max(200),
  name: personName,
  email,
  password: newPassword,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const MEMBERSHIP_ROLES = ['ADMIN', 'COORDINATOR', 'MEMBER'] as const;
export const MEMBERSHIP_ROLE_LABELS: Record<(typeof MEMBERSHIP_ROLES)[number], string> = {
  ADMIN: 'Administrateur·rice',
  COORDINATOR: 'Coordinateur·rice',
  MEMBER: 'Membre',
};

export const createInvitationSchema = z.object({
  role: z.enum(MEMBERSHIP_ROLES, { error: 'Choisissez un rôle.' }),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const joinInvitationSchema = z.object({ token: textField().min(20).max(200) });

export const switchOrganisationSchema = z.object({ organisationId: z.uuid({ error: 'Structure inconnue.' }) });

/** Signed in: the current password proves it is really the account's owner at the keyboard. */
export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: 'Indiquez votre mot de passe actuel.' }).min(1, { error: 'Indiquez votre mot de passe actuel.' }).max(200, { error: 'Le mot de passe est trop long.' }),
  password: newPassword,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const requestPasswordResetSchema = z.object({ email });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.object({ token: z.string().min(20).max(200), password: newPassword });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const removeMemberSchema = z.object({ userId: z.uuid({ error: 'Membre inconnu.' }) });

export const signOutEverywhereSchema = z.object({});

export const confirmAddressSchema = z.object({ token: z.string().min(20).max(200) });
