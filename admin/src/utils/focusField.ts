/**
 * Scroll to and focus the field a server error names: the forms name their controls by the error's dotted path
 * (`counts.0.value`), the way `fieldErrorsOf` keys their messages.
 */
import * as React from 'react';

/** The dotted path the forms name their fields by (`counts.0.value`). */
export const fieldName = (path: (string | number)[] | undefined): string => (Array.isArray(path) ? path.join('.') : '');

const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, [role="combobox"], [tabindex]:not([tabindex="-1"])';

/**
 * Scrolls to and focuses the field a server error names, inside `root` (the form): the control named by the dotted
 * path, else the closest named parent path (`counts.0` for `counts.0.includes`). Returns whether a field was found.
 */
export const focusErrorField = (root: ParentNode | null, path: (string | number)[] | undefined): boolean => {
  if (!root || !Array.isArray(path)) return false;
  for (let length = path.length; length > 0; length -= 1) {
    const name = fieldName(path.slice(0, length));
    const named = root.querySelector<HTMLElement>(`[name="${name.replace(/["\\]/g, '\\$&')}"]`);
    if (!named) continue;
    const control = named.matches(FOCUSABLE) ? named : (named.closest('[data-field-frame]') ?? named.parentElement)?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
    const target = control ?? named;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
};

/** After a refused save, scrolls to and focuses the first field the server named, inside the form `formRef` holds. */
export const useFocusFieldError = (error: { status: number | null; details: Record<string, unknown> } | null, formRef: React.RefObject<HTMLElement | null>) => {
  React.useEffect(() => {
    if (error?.status !== 400 || !Array.isArray(error.details.errors)) return;
    const first = (error.details.errors as { path?: unknown }[]).find((entry) => Array.isArray(entry.path));
    focusErrorField(formRef.current, first?.path as (string | number)[] | undefined);
  }, [error, formRef]);
};
