/**
 * The three-step tour every tool runs, in the same words as the Vejviser pack
 * (`bench/tours/vejviser-pack.json`): the same targets on the same fixture page.
 */
export const TOUR_STEPS = [
  { selector: '#start', title: 'Trin 1 af 3', text: 'Klik på Start flytning.' },
  { selector: '#address', title: 'Trin 2 af 3', text: 'Skriv din nye adresse.' },
  { selector: '#send', title: 'Trin 3 af 3', text: 'Klik på Send.' },
] as const;

/** Add a library's stylesheet once, as a site that bundles the library would. */
export function addStyle(css: string): void {
  if (document.getElementById('bench-tour-style')) return;
  const style = document.createElement('style');
  style.id = 'bench-tour-style';
  style.textContent = css;
  document.head.append(style);
}
