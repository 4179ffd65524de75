'use client';
import { Copy, Globe, EyeOff } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { EventStatus } from '@/lib/domain/events/status';
import { publishEventAction, unpublishEventAction } from '@/lib/server/actions/programme-status';

type Mode = 'publish' | 'unpublish';

const TEXTS: Record<Mode, { open: string; title: string; confirm: string; done: string }> = {
  publish: {
    open: 'Publier',
    title: 'Publier l’événement ?',
    confirm: 'Confirmer la publication',
    done: 'Événement publié : sa page publique est en ligne.',
  },
  unpublish: {
    open: 'Dépublier',
    title: 'Dépublier l’événement ?',
    confirm: 'Confirmer la dépublication',
    done: 'Événement dépublié : il est de nouveau en brouillon.',
  },
};

/**
 * « Publier » on the overview, with a confirmation (a native modal dialog: focus kept inside, Échap
 * closes) that says what becomes public and gives the link to copy; once published, « Dépublier ».
 */
export function PublishPanel({ eventId, status, publicUrl }: { eventId: string; status: EventStatus; publicUrl: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  if (status !== 'DRAFT' && status !== 'PUBLISHED') return null;
  const mode: Mode = status === 'DRAFT' ? 'publish' : 'unpublish';
  const texts = TEXTS[mode];

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await (mode === 'publish' ? publishEventAction : unpublishEventAction)({ eventId });
      if (!result.ok) return setError(result.error);
      dialog.current?.close();
      setDone(texts.done);
      router.refresh();
    });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(publicUrl);
      setCopied('Lien copié.');
    } catch {
      setCopied('Copie impossible : sélectionnez le lien pour le copier.');
    }
  };

  return (
    <section aria-labelledby="publication-title" className="no-print flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="publication-title" className="text-xl font-semibold">
        Publication
      </h2>
      {mode === 'publish' ? (
        <p className="text-slate-800">L’événement est en brouillon : seules les structures organisatrices le voient.</p>
      ) : (
        <PublicLink publicUrl={publicUrl} onCopy={copy} copied={copied} />
      )}
      <div>
        <Button
          type="button"
          variant={mode === 'publish' ? 'primary' : 'secondary'}
          onClick={() => {
            setError(null);
            setCopied(null);
            dialog.current?.showModal();
          }}
        >
          {mode === 'publish' ? <Globe aria-hidden="true" className="size-4" /> : <EyeOff aria-hidden="true" className="size-4" />}
          {texts.open}
        </Button>
      </div>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <dialog
        ref={dialog}
        aria-labelledby="publication-dialog-title"
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="flex flex-col gap-4 p-6">
          <h3 id="publication-dialog-title" className="text-xl font-semibold">
            {texts.title}
          </h3>
          {mode === 'publish' ? (
            <>
              <p>Ce qui devient public, pour tout le monde et les moteurs de recherche :</p>
              <ul className="flex list-disc flex-col gap-1 pl-6">
                <li>la page de l’événement : titre, dates, lieu, description, partenaires ;</li>
                <li>le programme, avec le nom des intervenant·es ;</li>
                <li>le formulaire d’inscription, si les inscriptions sont ouvertes ;</li>
                <li>les flux : agenda .ics, programme.json et l’API des événements publiés.</li>
              </ul>
              <p>
                Les participant·es, le budget, les tâches et le bilan restent privés. Le lien de la page publique :
              </p>
              <PublicLink publicUrl={publicUrl} onCopy={copy} copied={copied} />
            </>
          ) : (
            <>
              <p>L’événement redevient un brouillon :</p>
              <ul className="flex list-disc flex-col gap-1 pl-6">
                <li>sa page publique, son programme et ses flux ne sont plus accessibles (la page indique « introuvable ») ;</li>
                <li>plus personne ne peut s’inscrire ;</li>
                <li>les inscriptions déjà reçues restent, et personne n’est prévenu par courriel.</li>
              </ul>
              <p>Vous pourrez le publier à nouveau, à la même adresse.</p>
            </>
          )}
          {error ? (
            <Alert tone="error">
              <p className="whitespace-pre-line">{error}</p>
            </Alert>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={pending} onClick={confirm}>
              {pending ? 'Un instant…' : texts.confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Annuler
            </Button>
          </div>
        </div>
      </dialog>
    </section>
  );
}

function PublicLink({ publicUrl, onCopy, copied }: { publicUrl: string; onCopy: () => void; copied: string | null }) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <a href={publicUrl} className="font-medium break-all text-brand-700 underline underline-offset-4">
          {publicUrl}
        </a>
        <Button type="button" variant="secondary" onClick={onCopy} aria-label="Copier le lien de la page publique">
          <Copy aria-hidden="true" className="size-4" />
          Copier le lien
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {copied}
      </p>
    </div>
  );
}
