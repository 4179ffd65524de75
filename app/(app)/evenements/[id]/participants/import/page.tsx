import type { Metadata } from 'next';
import Link from 'next/link';
import { IMPORT_SOURCE_LABELS, IMPORT_SOURCES } from '@/lib/domain/registrations/import-columns';
import { ImportWizard } from './_components/ImportWizard';
import { pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Importer des inscriptions' };

// The event layout has already checked that the person can see this event; every upload is
// authorized again by the import action.
export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link href={`/evenements/${id}/participants`} className="font-medium text-brand-700 underline underline-offset-4">
          Retour aux participant·es
        </Link>
      </p>
      <section aria-labelledby="import-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h2 id="import-title" className="mb-2 text-2xl font-semibold">
          Importer des inscriptions
        </h2>
        <p className="mb-4 max-w-prose text-slate-800">
          Depuis l’export d’une billetterie (HelloAsso, Weezevent) ou de tout tableau CSV ou XLSX. Rien n’est enregistré avant votre
          confirmation, et rien du tout si une ligne est à corriger. Une adresse déjà inscrite est mise à jour, jamais dupliquée.
        </p>
        <p className="mb-4 max-w-prose text-slate-800">
          Un export avec une ligne par billet (« Pass jeudi », « Pass 2 jours ») est regroupé par personne : l’aperçu propose les jours
          de chaque tarif, que vous vérifiez, et chacun·e est attendu·e les jours de ses billets. Les billets remboursés ou annulés
          (colonne « Statut de la commande ») ne sont pas importés.
        </p>
        <ImportWizard eventId={id} sources={IMPORT_SOURCES.map((source) => ({ id: source, label: IMPORT_SOURCE_LABELS[source] }))} />
      </section>
    </div>
  );
}
