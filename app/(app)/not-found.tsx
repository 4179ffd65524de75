import { NotFoundProblem } from '@/components/errors/messages';

/** What a signed-in person sees for a page that does not exist or is not theirs (never which), inside the app's frame. */
export default function NotFound() {
  return <NotFoundProblem />;
}
