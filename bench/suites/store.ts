import type { Row } from '../lib/report';

/**
 * Store figures (guides-for-URL lookup and search with 10,000 guides, import of a 1 MB pack) call
 * the guide store's pure functions in Node. They are not on main yet.
 */
export async function storeSuite(opts: { runs: number; notes: string[] }): Promise<Row[]> {
  opts.notes.push('5 store: not measured — the guide store (utils/pack, utils/search) is not on main yet');
  return [];
}
