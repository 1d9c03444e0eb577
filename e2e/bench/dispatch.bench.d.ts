export interface DispatchResult {
  recipients: number;
  seconds: number;
  emailsPerSecond: number;
  killedAfter: number;
  received: number;
  distinctRecipients: number;
  missing: number;
  duplicatesSameMessageId: number;
  recipientsWithTwoDifferentMessages: number;
}
export function runDispatch(options?: {
  recipients?: number;
  killAfter?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<DispatchResult>;
