import type { Metadata } from 'next';
import { formatDate, formatDateTime } from '@/lib/domain/dates';
import { getBilanVersionForOrganisers } from '@/lib/server/queries/bilan-shares';
import { ALL_BILAN_DOWNLOADS, BilanDownloads } from '@/app/(app)/bilans/_components/BilanDownloads';
import { BilanView } from '@/components/bilan/BilanView';
import { CreateLinkForm } from './_components/CreateLinkForm';
import { RevokeButton } from './_components/RevokeButton';
import { ShareWithFunderForm } from './_components/ShareWithFunderForm';
import { de } from '@/lib/domain/format/french';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Version validée du bilan' };

const LINK_STATES = { active: 'Actif', expired: 'Expiré', revoked: 'Révoqué' } as const;

export default async function BilanVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  pageId(id);
  const { version, sharing } = await getBilanVersionForOrganisers(id, Number(number)).catch(pageError);
  const base = `/evenements/${id}/bilan/versions/${version.number}`;
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="version-title" className="flex flex-col gap-3">
        <h2 id="version-title" className="text-2xl font-semibold">
          Bilan — version {version.number} validée le {formatDate(version.validatedAt)}
        </h2>
        <p className="text-slate-700">Cette version est figée : modifier l’événement ou le bilan crée une nouvelle version, jamais ne change celle-ci.</p>
        <BilanDownloads base={base} kinds={version.snapshot.qualitative.outside ? [...ALL_BILAN_DOWNLOADS, 'hors-trame'] : ALL_BILAN_DOWNLOADS} />
      </section>
      {sharing ? (
        <section aria-labelledby="partage-title" className="flex flex-col gap-5 rounded-lg bg-white p-5 shadow">
          <h2 id="partage-title" className="text-2xl font-semibold">
            Partager avec les financeurs
          </h2>
          <ShareWithFunderForm versionId={version.id} funders={sharing.funders} />
          <div>
            <h3 className="mb-2 text-lg font-semibold">Financeurs qui voient cette version</h3>
            {sharing.shares.length === 0 ? (
              <p className="text-slate-700">Cette version n’est partagée avec aucun financeur.</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {sharing.shares.map((share) => (
                  <li key={share.id} className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-2">
                    <span>
                      <strong>{share.organisationName}</strong> — partagé le {formatDate(share.sharedAt)} par {share.sharedByName}
                    </span>
                    <RevokeButton kind="share" id={share.id} label={`Retirer l’accès ${de(share.organisationName)}`} />
                  </li>
                ))}
              </ul>
            )}
          </div>
          <CreateLinkForm versionId={version.id} />
          {sharing.links.length > 0 ? (
            <table className="w-full text-left">
              <caption className="mb-2 text-left text-lg font-semibold">Liens en lecture seule</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">Libellé</th>
                  <th scope="col" className="py-1 pr-3">Créé le</th>
                  <th scope="col" className="py-1 pr-3">Expire le</th>
                  <th scope="col" className="py-1 pr-3">État</th>
                  <th scope="col" className="py-1">Action</th>
                </tr>
              </thead>
              <tbody>
                {sharing.links.map((link) => (
                  <tr key={link.id} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-3 font-normal">{link.label ?? 'Sans libellé'}</th>
                    <td className="py-1 pr-3">{formatDate(link.createdAt)}</td>
                    <td className="py-1 pr-3">{formatDateTime(link.expiresAt)}</td>
                    <td className="py-1 pr-3">{LINK_STATES[link.state]}</td>
                    <td className="py-1">
                      {link.state === 'active' ? <RevokeButton kind="link" id={link.id} label={`Révoquer le lien ${link.label ?? 'sans libellé'}`} /> : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      <BilanView snapshot={version.snapshot} />
    </div>
  );
}
