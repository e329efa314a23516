/** A tab's place in a guide, kept by the background in `storage.session`. */
export interface Progress {
  guideId: string;
  /** 0-based index of the current step (while off track: the last step the citizen was on). */
  step: number;
  /**
   * `active`: on a page of the current step; `off-track`: on a page that belongs to no step;
   * `finished`: the last step is done (the overlay shows a closing card until it is closed).
   */
  status: 'active' | 'off-track' | 'finished';
  startedAt: number;
  updatedAt: number;
}

/** How a step is completed: what the citizen did, as the overlay saw it. */
export type AdvanceEvent = 'click' | 'input' | 'manual';
