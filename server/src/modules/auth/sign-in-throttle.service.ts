import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApiException } from '../../common/http/api.exception.js';
import { SignInFailure } from './sign-in-failure.entity.js';

const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

/** Slows password guessing: too many recent failures for an email, or from an address, answer 429. */
@Injectable()
export class SignInThrottleService {
  constructor(@InjectRepository(SignInFailure) private readonly failures: Repository<SignInFailure>) {}

  async check(email: string, ip: string): Promise<void> {
    const [row] = await this.failures.query(
      `SELECT
         count(*) FILTER (WHERE email = $1) AS by_email,
         count(*) FILTER (WHERE ip = $2) AS by_ip,
         extract(epoch FROM min(at) FILTER (WHERE email = $1)) AS oldest_email,
         extract(epoch FROM min(at) FILTER (WHERE ip = $2)) AS oldest_ip
       FROM sign_in_failures
       WHERE (email = $1 OR ip = $2) AND at > now() - make_interval(secs => $3)`,
      [email, ip, WINDOW_SECONDS],
    );
    const blockedSince =
      Number(row.by_email) >= MAX_FAILURES_PER_EMAIL
        ? Number(row.oldest_email)
        : Number(row.by_ip) >= MAX_FAILURES_PER_ADDRESS
          ? Number(row.oldest_ip)
          : undefined;
    if (blockedSince === undefined) return;
    const retryAfter = Math.max(1, Math.ceil(blockedSince + WINDOW_SECONDS - Date.now() / 1000));
    throw new ApiException('sign_in_throttled', { retryAfter });
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.failures.insert({ email, ip });
  }

  async clear(email: string): Promise<void> {
    await this.failures.delete({ email });
  }
}
