import { consentMailNotice } from '@/lib/domain/public/mail-notices';

type Props = { id: string; eventTitle: string; organiser: string; retentionMonths: number; mailSent: boolean };

/** The RGPD notice shown above the consent box: purpose, retention, who to contact, what one may stop receiving. */
export function ConsentText({ id, eventTitle, organiser, retentionMonths, mailSent }: Props) {
  return (
    <div id={id} className="flex flex-col gap-2 rounded-md bg-slate-100 p-4 text-sm text-slate-800">
      <h2 className="font-semibold text-slate-900">Vos données personnelles</h2>
      <p>
        Vos réponses servent uniquement à organiser « {eventTitle} » : vous envoyer ses informations pratiques, gérer les places
        et la liste d’attente, puis vous adresser un questionnaire de satisfaction après l’événement.
      </p>
      <p>
        Elles sont conservées {retentionMonths} mois après l’événement, puis anonymisées (seuls des comptages restent, pour le
        bilan).
      </p>
      <p>
        Responsable : {organiser}. {consentMailNotice(mailSent)} Pour toute autre demande (accès, effacement), adressez-vous à{' '}
        {organiser}.
      </p>
    </div>
  );
}
