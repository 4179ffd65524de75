import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { MEMBERSHIP_ROLE_LABELS } from '@/lib/schemas/auth';
import { getViewer } from '@/lib/server/authz';
import { getInvitationPreview } from '@/lib/server/queries/invitations';
import { AcceptInvitationForm } from './_components/AcceptInvitationForm';
import { JoinButton } from './_components/JoinButton';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, viewer] = await Promise.all([getInvitationPreview(token), getViewer()]);
  if (!invitation) {
    return (
      <div className="mx-auto max-w-lg">
        <h1 className="mb-4 text-3xl font-bold">Invitation</h1>
        <Alert tone="error">Cette invitation n’est plus valable (déjà utilisée ou expirée). Demandez-en une nouvelle.</Alert>
        <p className="mt-4">
          <Link href="/connexion" className="text-brand-700 underline">
            Aller à la connexion
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-3xl font-bold">Rejoindre {invitation.organisationName}</h1>
      <p className="mb-6 text-slate-700">
        Vous êtes invité·e comme <strong>{MEMBERSHIP_ROLE_LABELS[invitation.role].toLowerCase()}</strong>.
      </p>
      {viewer ? <JoinButton token={token} /> : <AcceptInvitationForm token={token} />}
    </div>
  );
}
