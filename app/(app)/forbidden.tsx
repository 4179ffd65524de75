import { ForbiddenProblem } from '@/components/errors/messages';

/** Visible but not allowed for the person's role, inside the app's frame. */
export default function Forbidden() {
  return <ForbiddenProblem />;
}
