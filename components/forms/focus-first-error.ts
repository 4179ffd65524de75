'use client';

/**
 * The first field in error, in the order the person reads the form (not the order the fields were
 * registered in): an input (or a fieldset, then its first control) marked `aria-invalid`, else the
 * form-level alert. It gets the focus and
 * is scrolled to the middle of the screen, so that on a phone the message is never left out of view
 * above the submit button.
 */
export function focusFirstError(form: HTMLFormElement | null): boolean {
  if (!form) return false;
  const marked = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="alert"]');
  if (!marked) return false;
  // A group marked invalid (a fieldset of radios) hands the focus to its first answer.
  const target = marked.matches('fieldset') ? (marked.querySelector<HTMLElement>('input:not([disabled]), select, textarea') ?? marked) : marked;
  if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  // A checkbox or radio's own box is small: bring its label and message into view with it.
  const shown = target.closest('fieldset, label') ?? target;
  shown.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  return true;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
