import { generate } from 'selfsigned';

export interface Cert {
  key: string;
  cert: string;
}

let cached: Promise<Cert> | undefined;

/** A throwaway self-signed certificate for the practice sites; made fresh for each run, never stored. */
export function practiceCert(hosts: readonly string[]): Promise<Cert> {
  cached ??= generate([{ name: 'commonName', value: 'vejviser-practice' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
