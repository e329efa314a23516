import type { PackProblem } from '@/utils/messaging/messages/guides';

/**
 * The validator reports problems by path (`guides[2].steps[0].target.role`). The editor shows each
 * next to its field: a field asks for the problems at its own path, and the ones below it when the
 * field stands for a whole structure (a target list).
 */
export class ProblemIndex {
  constructor(private readonly problems: readonly PackProblem[]) {}

  get all(): readonly PackProblem[] {
    return this.problems;
  }

  /** Problems exactly at `path`. */
  at(path: string): string[] {
    return this.problems.filter((p) => p.path === path).map((p) => p.message);
  }

  /** Problems at `path` or anywhere below it (`path.x`, `path[0]`). */
  under(path: string): PackProblem[] {
    return this.problems.filter(
      (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
    );
  }

  /** Problems below `path` that no field claims (shown in a summary so none is lost). */
  get count(): number {
    return this.problems.length;
  }
}

export const NO_PROBLEMS = new ProblemIndex([]);
