import type { Metadata } from 'next';
import { ProblemMain } from '@/components/errors/ProblemPage';
import { NotFoundProblem } from '@/components/errors/messages';

export const metadata: Metadata = { title: 'Page introuvable' };

export default function NotFound() {
  return (
    <ProblemMain>
      <NotFoundProblem />
    </ProblemMain>
  );
}
