/** What every page-script tour (Driver.js, Shepherd.js, the reference) exposes to the harness. */
interface BenchTour {
  start(): void;
  stop(): void;
}

/** The fixture page's hooks (`bench/pages/page-api.js`). */
interface BenchPageApi {
  insertTarget(): void;
  removeTarget(): void;
  measureHint(options: {
    host?: string;
    selector: string;
    startTour?: boolean;
    timeoutMs?: number;
  }): Promise<{ ms: number | null; frames: number | null }>;
  churn(options?: {
    ticks?: number;
    perTick?: number;
    interval?: number;
  }): Promise<{ ms: number; nodesAdded: number; nodesPerSecond: number }>;
  referenceTour: BenchTour;
}

interface Window {
  benchTour?: BenchTour;
  bench: BenchPageApi;
}
