import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { webhookKindLabel } from '@/lib/domain/webhooks/kinds';
import { MAX_ENDPOINTS_PER_ORGANISATION } from '@/lib/domain/webhooks/policy';
import { loadPage } from '@/lib/server/page-data';
import { listWebhookEndpoints, type WebhookEndpointView } from '@/lib/server/queries/webhooks';
import { DeliveryLog } from './_components/DeliveryLog';
import { EndpointActions } from './_components/EndpointActions';
import { WebhookForm } from './_components/WebhookForm';

export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const endpoints = await loadPage(listWebhookEndpoints());
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <p>
          <Link href="/organisation" className="text-brand-700 underline underline-offset-4">
            Ma structure
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Webhooks</h1>
        <p className="max-w-3xl text-slate-700">
          Trame prévient vos outils (CRM, tableur, automatisations) quand une inscription arrive, qu’un événement est publié ou que
          son bilan est validé : un envoi signé vers l’adresse HTTPS de votre choix. Le format des envois et la vérification de
          la signature sont décrits dans la documentation de Trame (section « Webhooks »).
        </p>
      </header>
      <section aria-labelledby="endpoints-title" className="flex flex-col gap-4">
        <h2 id="endpoints-title" className="text-2xl font-semibold">
          Points de réception
        </h2>
        {endpoints.length === 0 ? (
          <p className="rounded-lg bg-white p-6 shadow">Aucun point de réception pour l’instant.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {endpoints.map((endpoint) => (
              <li key={endpoint.id}>
                <EndpointCard endpoint={endpoint} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-endpoint-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="new-endpoint-title" className="mb-1 text-2xl font-semibold">
          Ajouter un point de réception
        </h2>
        <p className="mb-4 text-slate-700">
          {`Jusqu’à ${plural(MAX_ENDPOINTS_PER_ORGANISATION, { one: 'point', other: 'points' })} de réception par structure. Les adresses de réseaux privés ou locaux sont refusées.`}
        </p>
        <WebhookForm />
      </section>
    </div>
  );
}

function EndpointCard({ endpoint }: { endpoint: WebhookEndpointView }) {
  const titleId = `endpoint-${endpoint.id}`;
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="text-lg font-semibold break-all">
            {endpoint.url}
          </h3>
          {endpoint.description ? <p className="text-slate-700">{endpoint.description}</p> : null}
        </div>
        {endpoint.enabled ? (
          <span className="rounded-full bg-green-100 px-3 py-1 text-sm font-semibold text-green-900">Actif</span>
        ) : (
          <span className="rounded-full bg-red-100 px-3 py-1 text-sm font-semibold text-red-900">Désactivé</span>
        )}
      </div>
      {!endpoint.enabled && endpoint.disabledAt ? (
        <p className="text-red-800">{`Désactivé le ${formatDate(endpoint.disabledAt)}${endpoint.disabledReason ? ` : ${endpoint.disabledReason}` : '.'}`}</p>
      ) : null}
      <div>
        <p className="font-medium">Envois</p>
        <ul className="flex flex-wrap gap-2">
          {endpoint.kinds.map((kind) => (
            <li key={kind} className="rounded-md bg-slate-100 px-2 py-1 text-sm">
              {webhookKindLabel(kind)}
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-700">{`Créé le ${formatDate(endpoint.createdAt)}.`}</p>
      <EndpointActions endpointId={endpoint.id} url={endpoint.url} enabled={endpoint.enabled} />
      <DeliveryLog deliveries={endpoint.deliveries} />
    </article>
  );
}
