import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_DELIVERY,
  FIXED_NOTIFICATION_KINDS,
  NOTIFICATION_KINDS,
  type Language,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationPreferences,
  type UpdateNotificationPreferencesRequest,
} from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';

export interface RecipientDelivery {
  id: string;
  email: string;
  name: string;
  language: Language;
  delivery: NotificationDelivery;
}

/** Each person's choice per kind: in the app only, email at once, daily or weekly digest, or off. */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, manager: EntityManager = this.dataSource.manager): Promise<NotificationPreferences> {
    const rows: { kind: NotificationKind; delivery: NotificationDelivery }[] = await manager.query(
      `SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return {
      preferences: NOTIFICATION_KINDS.map((kind) => {
        const fixed = FIXED_NOTIFICATION_KINDS.includes(kind);
        return { kind, delivery: fixed ? DEFAULT_DELIVERY[kind] : (chosen.get(kind) ?? DEFAULT_DELIVERY[kind]), fixed };
      }),
    };
  }

  /** Changes the given kinds; a kind that cannot be turned off refuses any other delivery than its own, and nothing changes. */
  async update(userId: string, request: UpdateNotificationPreferencesRequest): Promise<NotificationPreferences> {
    const refused = request.preferences.filter((p) => FIXED_NOTIFICATION_KINDS.includes(p.kind) && p.delivery !== DEFAULT_DELIVERY[p.kind]);
    if (refused.length > 0)
      throw new ApiException('notification_kind_fixed', {
        details: refused.map((p) => ({
          path: `preferences.${request.preferences.indexOf(p)}.delivery`,
          code: 'notification_kind_fixed',
          message: '',
        })),
      });
    const changes = request.preferences.filter((p) => !FIXED_NOTIFICATION_KINDS.includes(p.kind));
    return this.dataSource.transaction(async (manager) => {
      await this.set(manager, userId, changes);
      return this.list(userId, manager);
    });
  }

  async set(manager: EntityManager, userId: string, changes: { kind: NotificationKind; delivery: NotificationDelivery }[]): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `INSERT INTO notification_preferences (user_id, kind, delivery)
       SELECT $1, kind, delivery FROM unnest($2::varchar[], $3::varchar[]) AS c(kind, delivery)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, changes.map((c) => c.kind), changes.map((c) => c.delivery)],
    );
  }

  /** The delivery of one kind for each of these people (with what an email to them needs). */
  async deliveriesOf(manager: EntityManager, kind: NotificationKind, userIds: string[]): Promise<Map<string, RecipientDelivery>> {
    const fixed = FIXED_NOTIFICATION_KINDS.includes(kind);
    const rows: RecipientDelivery[] = await manager.query(
      `SELECT u.id, u.email, u.name, u.language, ${fixed ? '$3' : 'COALESCE(p.delivery, $3)'} AS delivery
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
        WHERE u.id = ANY($1::uuid[])`,
      [userIds, kind, DEFAULT_DELIVERY[kind]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The kinds a person has emailed with this delivery. */
  async kindsWith(userId: string, delivery: NotificationDelivery, manager: EntityManager = this.dataSource.manager): Promise<NotificationKind[]> {
    const { preferences } = await this.list(userId, manager);
    return preferences.filter((p) => p.delivery === delivery).map((p) => p.kind);
  }
}
