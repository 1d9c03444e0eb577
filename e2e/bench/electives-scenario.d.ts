export interface BlockPlan {
  block: string;
  capacities: number[];
}

export interface ScenarioOptions {
  baseUrl: string;
  /** Where the server writes its emails (.eml) when it has no SMTP server: DATA_DIR/mail. */
  mailDir: string;
  participants: number;
  blocks: BlockPlan[];
  log?: (line: string) => void;
}

export interface ScenarioResult {
  editionId: string;
  /** Every choice fired, in order: who chose which module. */
  plan: { email: string; itemId: string }[];
  requests: number;
  /** Answers other than 200 (every choice asks for the waitlist when full, so none should fail). */
  failed: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  totalMs: number;
  /** Broken invariants: a module over capacity, a participant without exactly one place per block… */
  problems: string[];
  fill: { block: string; modules: { number: number; capacity: number; seated: number; waitlisted: number }[] }[];
}

export function runElectivesScenario(options: ScenarioOptions): Promise<ScenarioResult>;
