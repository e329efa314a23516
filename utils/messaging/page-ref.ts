import type { PageRef } from './protocol';

/** Reduce a URL to what may leave the page: origin and path. Query and fragment are dropped here. */
export function toPageRef(href: string): PageRef {
  const url = new URL(href);
  return { origin: url.origin, path: url.pathname };
}

export function isPageRef(value: unknown): value is PageRef {
  if (typeof value !== 'object' || value === null) return false;
  const { origin, path } = value as Record<string, unknown>;
  if (typeof origin !== 'string' || typeof path !== 'string') return false;
  if (!path.startsWith('/') || path.includes('?') || path.includes('#')) return false;
  try {
    return new URL(origin).origin === origin;
  } catch {
    return false;
  }
}
