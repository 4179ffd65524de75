import { textField, z } from '@/lib/schemas/zod';
import { CORE_QUESTION_KINDS } from '@/lib/domain/networks/core-questions';
import { LABEL_MAX_LENGTH, optionLines } from '@/lib/schemas/questionnaire';

// Issue 19.3: a network's invitations, its core questions and its members' cycle events.

const organisationId = z.uuid({ error: 'Choisissez une structure dans la liste.' });
const networkId = z.uuid({ error: 'Réseau inconnu.' });

/** The network (current organisation) invites an organisation, picked by name. */
export const inviteNetworkMemberSchema = z.object({ organisationId });
export type InviteNetworkMemberInput = z.infer<typeof inviteNetworkMemberSchema>;

/** The invited organisation (current one) accepts or declines. */
export const answerNetworkInvitationSchema = z.object({
  networkId,
  accept: z.boolean({ error: 'Acceptez ou déclinez l’invitation.' }),
});
export type AnswerNetworkInvitationInput = z.infer<typeof answerNetworkInvitationSchema>;

/** A member puts one of its events in (or out of) a network's cycle. */
export const setCycleEventSchema = z.object({
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  networkId,
  inCycle: z.boolean({ error: 'Indiquez si l’événement fait partie du cycle.' }),
});
export type SetCycleEventInput = z.infer<typeof setCycleEventSchema>;

/** A core question, added ('' id) or edited by the network. Options: one per line. */
export const coreQuestionSchema = z
  .object({
    id: z.union([z.literal(''), z.uuid({ error: 'Question inconnue.' })]).default(''),
    kind: z.enum(CORE_QUESTION_KINDS, { error: 'Choisissez le type de question.' }),
    label: textField({ error: 'Écrivez la question.' })
      .trim()
      .min(3, { error: 'Écrivez la question (3 caractères au moins).' })
      .max(LABEL_MAX_LENGTH, { error: `La question est trop longue (${LABEL_MAX_LENGTH} caractères au plus).` }),
    required: z.boolean().default(false),
    options: textField().max(2000, { error: 'Les réponses proposées sont trop longues (2 000 caractères au plus).' }).default(''),
  })
  .superRefine((input, ctx) => {
    const options = optionLines(input.options);
    if (input.kind === 'choice' && options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Proposez au moins deux réponses, une par ligne.' });
    }
    if (options.length > 12) ctx.addIssue({ code: 'custom', path: ['options'], message: '12 réponses au plus.' });
  });
export type CoreQuestionInput = z.input<typeof coreQuestionSchema>;

export const deleteCoreQuestionSchema = z.object({ id: z.uuid({ error: 'Question inconnue.' }) });

/** The member organisation (current one) leaves a network it joined. */
export const leaveNetworkSchema = z.object({ networkId });
export type LeaveNetworkInput = z.infer<typeof leaveNetworkSchema>;

/** The network (current organisation) removes a member, or withdraws a pending invitation. */
export const removeNetworkMemberSchema = z.object({ organisationId });
export type RemoveNetworkMemberInput = z.infer<typeof removeNetworkMemberSchema>;
