import { Injectable } from '@nestjs/common';
import type { Notification } from '@sstc/shared';
import { RealtimeService } from '../realtime/realtime.service.js';
import { userRoom } from '../realtime/realtime.types.js';

/** What the notifications send to clients: only ever to the person's own channel (joined at the handshake). */
@Injectable()
export class NotificationsEmitter {
  constructor(private readonly realtime: RealtimeService) {}

  created(userId: string, notification: Notification, unread: number): void {
    this.realtime.toRoom(userRoom(userId), 'notification:new', notification, unread);
  }

  unread(userId: string, unread: number): void {
    this.realtime.toRoom(userRoom(userId), 'notifications:unread', { unread });
  }

  /** Whether the person has a socket open anywhere (then an email can wait). */
  async online(userId: string): Promise<boolean> {
    const sockets = await this.realtime.socketsIn(userRoom(userId)).catch(() => []);
    return sockets.length > 0;
  }
}
