import type { Metadata } from 'next';
import { BilanView } from '@/components/bilan/BilanView';
import { Alert } from '@/components/ui/Alert';
import { getBilanPage } from '@/lib/server/queries/bilan';
import { BilanEditor } from './_components/BilanEditor';
import { OutsideResultsEditor } from './_components/OutsideResultsEditor';
import { ValidationPanel } from './_components/ValidationPanel';
import { VersionsList } from './_components/VersionsList';
import { frameDefaults, textsDefaults } from './_components/defaults';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Bilan' };

export default async function BilanPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const page = await getBilanPage(id).catch(pageError);
  const last = page.versions[0];
  return (
    <div className="flex flex-col gap-8">
      {page.canEdit ? (
        <BilanEditor version={page.texts?.version ?? 0} frame={frameDefaults(id, page.texts)} texts={textsDefaults(id, page.texts)}
          computedHalfDays={page.snapshot.quantitative.halfDaysComputed ?? page.snapshot.quantitative.halfDays}
        />
      ) : (
        <p className="rounded-md bg-slate-100 p-3 text-slate-800">Vous consultez ce bilan en lecture seule.</p>
      )}
      {page.canEdit ? <OutsideResultsEditor eventId={id} sources={page.outsideSources} questions={page.scaleQuestions} /> : null}
      <section aria-labelledby="validation-title" className="flex flex-col gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="validation-title" className="text-2xl font-semibold">
          Validation et versions
        </h2>
        {page.changedSince !== null ? (
          <Alert>
            Des changements depuis la version {page.changedSince} : les chiffres ou les textes ci-dessous diffèrent de la dernière
            version validée. Validez une nouvelle version pour les figer.
          </Alert>
        ) : last ? (
          <p className="text-slate-700">Le bilan n’a pas changé depuis la version {last.number}.</p>
        ) : null}
        {last ? (
          <div className="flex flex-col gap-2">
            <a
              href={`/evenements/${id}/bilan/dossier-preuves.zip`}
              download
              className="inline-flex self-start rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              Télécharger le dossier de preuves (ZIP)
            </a>
            <p className="max-w-3xl text-sm text-slate-700">
              Pour un financeur, à partir de la version {last.number} : bilan validé, compte rendu financier Cerfa, présences par journée, programme, nombre
              d’attestations et feuilles d’émargement signées (déposées depuis la page Pointage).
            </p>
          </div>
        ) : null}
        {page.canValidate ? <ValidationPanel eventId={id} nextNumber={(last?.number ?? 0) + 1} earlyConfirmation={page.earlyConfirmation} /> : null}
        <VersionsList eventId={id} versions={page.versions} />
      </section>
      <section aria-labelledby="apercu-title" className="flex flex-col gap-4">
        <h2 id="apercu-title" className="text-2xl font-semibold">
          Aperçu du bilan
        </h2>
        <p className="max-w-3xl text-slate-700">Le bilan tel qu’il serait validé maintenant, calculé à partir du programme, des inscriptions, du pointage, du budget et du questionnaire.</p>
        <BilanView snapshot={page.snapshot} />
      </section>
    </div>
  );
}
