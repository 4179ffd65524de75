import { Button } from '@/components/ui/Button';
import { SPEAKER_FILE_REFUSALS, type SpeakerFileKind, type SpeakerFileRefusal } from '@/lib/domain/speakers/files';
import { formatDateTime } from '@/lib/domain/dates';

const fileInputClass =
  'block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-brand-700 file:bg-white file:px-3 file:py-1 file:font-semibold file:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700';

const TEXTS = {
  PHOTO: { segment: 'photo', label: 'Photo (facultative)', hint: 'JPEG ou PNG, 2 Mo au plus.', accept: 'image/jpeg,image/png', send: 'Envoyer la photo', replace: 'Remplacer la photo', remove: 'Retirer la photo' },
  SLIDES: { segment: 'supports', label: 'Support de présentation', hint: 'Un fichier PDF, 20 Mo au plus.', accept: 'application/pdf', send: 'Déposer le support', replace: 'Remplacer le support', remove: 'Retirer le support' },
} as const;

/**
 * A plain multipart form posted to the link's route handler (it works without JavaScript); the
 * handler redirects back here with the refusal's code, shown under the field.
 */
export function SpeakerFileForm(props: {
  token: string;
  kind: SpeakerFileKind;
  current: { name: string; size: number; uploadedAt: Date } | null;
  refusal: SpeakerFileRefusal | null;
  sent: boolean;
}) {
  const text = TEXTS[props.kind];
  const action = `/intervenant/${props.token}/${text.segment}`;
  const inputId = `fichier-${text.segment}`;
  const hintId = `${inputId}-aide`;
  const errorId = `${inputId}-erreur`;
  return (
    <div className="flex flex-col gap-2">
      {props.current ? (
        <p className="text-slate-800">
          {`Fichier reçu : ${props.current.name} (${Math.max(1, Math.round(props.current.size / 1024))} ko), le ${formatDateTime(props.current.uploadedAt)}.`}
        </p>
      ) : null}
      {props.sent && !props.refusal ? (
        <p role="status" className="font-medium text-green-800">
          {props.current ? 'Fichier bien reçu, merci.' : 'Fichier retiré.'}
        </p>
      ) : null}
      <form method="post" action={action} encType="multipart/form-data" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="font-medium">
            {text.label}
          </label>
          <input
            id={inputId}
            name={text.segment}
            type="file"
            accept={text.accept}
            required
            className={fileInputClass}
            aria-describedby={props.refusal ? `${hintId} ${errorId}` : hintId}
            aria-invalid={props.refusal ? true : undefined}
          />
          <p id={hintId} className="text-sm text-slate-700">
            {text.hint}
          </p>
        </div>
        <Button type="submit" variant="secondary" className="py-1 text-sm">
          {props.current ? text.replace : text.send}
        </Button>
      </form>
      {props.current ? (
        <form method="post" action={action} encType="multipart/form-data">
          <input type="hidden" name="_action" value="supprimer" />
          <Button type="submit" variant="ghost" className="px-0 py-0 text-sm">
            {text.remove}
          </Button>
        </form>
      ) : null}
      {props.refusal ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {SPEAKER_FILE_REFUSALS[props.kind][props.refusal]}
        </p>
      ) : null}
    </div>
  );
}
