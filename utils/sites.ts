/**
 * The self-service sites Vejviser supports out of the box. This is the one place the list lives:
 * the manifest's content-script matches and host permissions, the e2e host mapping and the docs
 * all derive from it. IT adds more with the `extraSites` policy key.
 */
export const SUPPORTED_HOSTS = [
  'www.borger.dk',
  'lifeindenmark.borger.dk',
  'post.borger.dk',
  'skat.dk',
  'www.skat.dk',
  'www.sundhed.dk',
  'mit.dk',
  'www.mit.dk',
  'www.e-boks.dk',
  'www.jobnet.dk',
  'www.nemkonto.dk',
] as const;

export type SupportedHost = (typeof SUPPORTED_HOSTS)[number];

/** Chrome match patterns (https only: every supported site is served over TLS). */
export const SUPPORTED_MATCHES: string[] = SUPPORTED_HOSTS.map((host) => `https://${host}/*`);

export function isSupportedHost(host: string): host is SupportedHost {
  return (SUPPORTED_HOSTS as readonly string[]).includes(host);
}
