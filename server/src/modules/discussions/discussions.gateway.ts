import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, type OnGatewayConnection } from '@nestjs/websockets';
import {
  editMessageRequestSchema,
  joinRoomRequestSchema,
  messageRefSchema,
  moderateRequestSchema,
  reactRequestSchema,
  readRoomRequestSchema,
  reportMessageRequestSchema,
  sendMessageRequestSchema,
  syncRoomRequestSchema,
  translateMessagesRequestSchema,
  type JoinRoomReply,
  type Message,
  type MessageEdit,
  type Person,
  type SocketReply,
  type SyncRoomReply,
  type TranslateMessagesReply,
} from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';
import type { RealtimeSocket } from '../realtime/realtime.types.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { DiscussionsService } from './discussions.service.js';
import { MessagesService } from './messages.service.js';
import { ModerationService } from './moderation.service.js';
import { activityChannel, moderatorChannel, roomChannel, RoomAccessService, translatedChannel } from './room-access.service.js';
import { TranslationPreferencesService } from '../translation/translation-preferences.service.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { parsePayload, reply } from './socket-reply.js';

/** One typing signal per socket and room every this many milliseconds is enough for the indicator. */
const TYPING_INTERVAL_MS = 2_000;

/**
 * Every socket request of a person, all sockets and instances together: 30 a second, bursts of 120
 * (a busy room marks messages read as they arrive; a reconnect re-joins and syncs what was open).
 * Sending and reacting have their own, stricter limits.
 */
export const EVENT_LIMIT: RateLimit = { rate: 30, burst: 120 };
/** Joining checks membership and tells the room: 5 a second, bursts of 30. */
export const JOIN_LIMIT: RateLimit = { rate: 5, burst: 30 };

/**
 * The rooms' socket events. The connection is authenticated by RealtimeGateway (session cookie and
 * Origin); every event here checks the caller's rights in the room it touches, and answers through
 * its acknowledgement with `{ ok, data }` or a translated `{ ok: false, error }`.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class DiscussionsGateway implements OnGatewayConnection {
  constructor(
    private readonly discussions: DiscussionsService,
    private readonly messages: MessagesService,
    private readonly moderation: ModerationService,
    private readonly access: RoomAccessService,
    private readonly emitter: DiscussionsEmitter,
    private readonly preferences: TranslationPreferencesService,
    private readonly limiter: RateLimiter,
  ) {}

  handleConnection(socket: RealtimeSocket): void {
    // On 'disconnecting' the socket still knows its rooms: tell the others who left.
    socket.on('disconnecting', () => {
      for (const room of socket.rooms) {
        const roomId = /^room:([0-9a-f-]{36})$/.exec(room)?.[1];
        if (roomId) void this.leftRoom(socket, roomId);
      }
    });
  }

  @SubscribeMessage('rooms:watch')
  watch(@ConnectedSocket() socket: RealtimeSocket): Promise<SocketReply<{ roomIds: string[] }>> {
    return this.limited(socket, async () => {
      // Marked first: a membership change handled meanwhile already makes this socket follow the rooms gained.
      socket.data.watching = true;
      const roomIds = await this.access.roomIds(socket.data.user);
      await socket.join(roomIds.map(activityChannel));
      return { roomIds };
    });
  }

  @SubscribeMessage('room:join')
  join(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<JoinRoomReply>> {
    return this.limited(socket, async () => {
      await this.throttle(socket, 'join', JOIN_LIMIT);
      const { roomId } = parsePayload(joinRoomRequestSchema, payload);
      // A socket already in the room joins again silently: repeated joins broadcast nothing.
      const announced = ((socket.data as { announced?: Set<string> }).announced ??= new Set());
      const rejoin = announced.has(roomId);
      announced.add(roomId);
      const { reply: opened, moderator } = await this.discussions.open(socket.data.user, roomId).catch((error: unknown) => {
        if (!rejoin) announced.delete(roomId);
        throw error;
      });
      await socket.join(moderator ? [roomChannel(roomId), moderatorChannel(roomId)] : [roomChannel(roomId)]);
      if (!moderator) await socket.leave(moderatorChannel(roomId));
      // Automatic translation: new messages arrive translated into the reader's language (joining again follows a changed setting).
      const translated = translatedChannel(roomId, socket.data.user.language);
      if (await this.preferences.autoTranslate(socket.data.user.id)) await socket.join(translated);
      else await socket.leave(translated);
      if (!rejoin) this.emitter.presence(roomId, person(socket), true);
      return { ...opened, presence: await this.discussions.present(roomId) };
    });
  }

  @SubscribeMessage('room:leave')
  leave(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return this.limited(socket, async () => {
      const { roomId } = parsePayload(joinRoomRequestSchema, payload);
      await socket.leave(roomChannel(roomId));
      await socket.leave(moderatorChannel(roomId));
      await socket.leave(translatedChannel(roomId, socket.data.user.language));
      (socket.data as { announced?: Set<string> }).announced?.delete(roomId);
      await this.leftRoom(socket, roomId);
      return null;
    });
  }

  @SubscribeMessage('room:sync')
  sync(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<SyncRoomReply>> {
    return this.limited(socket, () => this.messages.sync(socket.data.user, parsePayload(syncRoomRequestSchema, payload)));
  }

  /** Only from a socket that has joined the room (joining checked membership), at most every 2 s. */
  @SubscribeMessage('room:typing')
  typing(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): void {
    const roomId = joinRoomRequestSchema.safeParse(payload).data?.roomId;
    if (!roomId || !socket.rooms.has(roomChannel(roomId))) return;
    const typed = ((socket.data as { typedAt?: Map<string, number> }).typedAt ??= new Map());
    if (Date.now() - (typed.get(roomId) ?? 0) < TYPING_INTERVAL_MS) return;
    typed.set(roomId, Date.now());
    this.emitter.typing(roomId, person(socket), socket.id);
  }

  @SubscribeMessage('room:read')
  read(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return this.limited(socket, async () => {
      await this.messages.read(socket.data.user, parsePayload(readRoomRequestSchema, payload));
      return null;
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return this.limited(socket, () => this.messages.send(socket.data.user, parsePayload(sendMessageRequestSchema, payload)));
  }

  @SubscribeMessage('message:edit')
  edit(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return this.limited(socket, () => this.messages.edit(socket.data.user, parsePayload(editMessageRequestSchema, payload)));
  }

  @SubscribeMessage('message:delete')
  remove(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return this.limited(socket, () => this.messages.remove(socket.data.user, parsePayload(messageRefSchema, payload).messageId));
  }

  @SubscribeMessage('message:react')
  react(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return this.limited(socket, () => this.messages.react(socket.data.user, parsePayload(reactRequestSchema, payload)));
  }

  @SubscribeMessage('message:report')
  report(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return this.limited(socket, async () => {
      await this.moderation.report(socket.data.user, parsePayload(reportMessageRequestSchema, payload));
      return null;
    });
  }

  @SubscribeMessage('message:edits')
  edits(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<MessageEdit[]>> {
    return this.limited(socket, () => this.moderation.edits(socket.data.user, parsePayload(messageRefSchema, payload).messageId));
  }

  @SubscribeMessage('message:translate')
  translate(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<TranslateMessagesReply>> {
    return this.limited(socket, () => {
      const request = parsePayload(translateMessagesRequestSchema, payload);
      return this.messages.translate(socket.data.user, request, socket.rooms.has(roomChannel(request.roomId)));
    });
  }

  @SubscribeMessage('moderation:act')
  moderate(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return this.limited(socket, async () => {
      await this.moderation.moderate(socket.data.user, parsePayload(moderateRequestSchema, payload));
      return null;
    });
  }

  /** Runs a request within the person's event budget; over it, answers too_many_requests with the seconds to wait. */
  private limited<T>(socket: RealtimeSocket, work: () => Promise<T>): Promise<SocketReply<T>> {
    return reply(socket.data.user.language, async () => {
      await this.throttle(socket, 'event', EVENT_LIMIT);
      return work();
    });
  }

  private async throttle(socket: RealtimeSocket, kind: string, limit: RateLimit): Promise<void> {
    const wait = await this.limiter.take(`socket-${kind}:${socket.data.user.id}`, limit);
    if (wait > 0) throw new ApiException('too_many_requests', { retryAfter: wait });
  }

  private async leftRoom(socket: RealtimeSocket, roomId: string): Promise<void> {
    try {
      if (!(await this.emitter.stillPresent(roomId, socket.data.user.id, socket.id))) this.emitter.presence(roomId, person(socket), false);
    } catch {
      // Presence is a courtesy: an instance that does not answer in time must not break leaving.
    }
  }
}

function person(socket: RealtimeSocket): Person {
  const { id, name, role } = socket.data.user;
  return { id, name, role };
}
