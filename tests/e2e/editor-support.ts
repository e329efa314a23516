import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Launched } from './support/extension';
import { expect } from './support/fixtures';

/** Helpers for the editor e2e tests (not a test file itself). */

/**
 * The policy directory is machine-wide: a test in another checkout may have a policy file there
 * (which turns authoring off by default). Every editor test therefore writes its own policy.
 */
export const AUTHORING_ON = { authoring: 'on', libraryName: 'Esbjerg Hovedbibliotek' };

export const editorUrl = (ext: Launched) => `chrome-extension://${ext.extensionId}/options.html`;

/** Step `n` (1-based) in the guide editor. */
export const step = (editor: Page, n: number) => editor.getByRole('region', { name: new RegExp(`^Trin ${n}:`) });

export async function noAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, what).toEqual([]);
}

/** A proposal's checkbox in the proposal chooser, by its kind ("Rolle og navn", "CSS", …). */
export async function checkedProposal(dialog: Locator, kind: string) {
  return dialog.getByRole('checkbox', { name: new RegExp(kind) });
}

/** Escape a literal for a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
