import type { Metadata } from 'next';
import { requireViewer } from '@/lib/server/authz';
import { ChangePasswordForm } from './_components/ChangePasswordForm';
import { SignOutEverywhereButton } from './_components/SignOutEverywhereButton';

export const metadata: Metadata = { title: 'Mon compte' };

export default async function AccountPage() {
  const viewer = await requireViewer();
  return (
    <div className="flex max-w-xl flex-col gap-8">
      <section aria-labelledby="account-title">
        <h1 id="account-title" className="text-3xl font-bold">
          Mon compte
        </h1>
        <p className="text-slate-700">
          {viewer.user.name} · {viewer.user.email}
        </p>
      </section>
      <section aria-labelledby="password-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="password-title" className="mb-1 text-2xl font-semibold">
          Changer de mot de passe
        </h2>
        <p className="mb-3 text-slate-700">Vos autres appareils seront déconnectés ; celui-ci reste connecté.</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="sessions-title" className="mb-1 text-2xl font-semibold">
          Se déconnecter partout
        </h2>
        <p className="mb-3 text-slate-700">
          Un appareil perdu, un ordinateur partagé ? Fermez toutes les sessions ouvertes avec votre compte, y compris celle-ci.
        </p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}
