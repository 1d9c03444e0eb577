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
import type { RealtimeSocket } from '../realtime/realtime.types.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { DiscussionsService } from './discussions.service.js';
import { MessagesService } from './messages.service.js';
import { ModerationService } from './moderation.service.js';
import { activityChannel, moderatorChannel, roomChannel, RoomAccessService } from './room-access.service.js';
import { parsePayload, reply } from './socket-reply.js';

/** One typing signal per socket and room every this many milliseconds is enough for the indicator. */
const TYPING_INTERVAL_MS = 2_000;

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
    return reply(socket.data.user.language, async () => {
      // Marked first: a membership change handled meanwhile already makes this socket follow the rooms gained.
      socket.data.watching = true;
      const roomIds = await this.access.roomIds(socket.data.user);
      await socket.join(roomIds.map(activityChannel));
      return { roomIds };
    });
  }

  @SubscribeMessage('room:join')
  join(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<JoinRoomReply>> {
    return reply(socket.data.user.language, async () => {
      const { roomId } = parsePayload(joinRoomRequestSchema, payload);
      const { reply: opened, moderator } = await this.discussions.open(socket.data.user, roomId);
      await socket.join(moderator ? [roomChannel(roomId), moderatorChannel(roomId)] : [roomChannel(roomId)]);
      if (!moderator) await socket.leave(moderatorChannel(roomId));
      this.emitter.presence(roomId, person(socket), true);
      return { ...opened, presence: await this.discussions.present(roomId) };
    });
  }

  @SubscribeMessage('room:leave')
  leave(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return reply(socket.data.user.language, async () => {
      const { roomId } = parsePayload(joinRoomRequestSchema, payload);
      await socket.leave(roomChannel(roomId));
      await socket.leave(moderatorChannel(roomId));
      await this.leftRoom(socket, roomId);
      return null;
    });
  }

  @SubscribeMessage('room:sync')
  sync(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<SyncRoomReply>> {
    return reply(socket.data.user.language, () => this.messages.sync(socket.data.user, parsePayload(syncRoomRequestSchema, payload)));
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
    return reply(socket.data.user.language, async () => {
      await this.messages.read(socket.data.user, parsePayload(readRoomRequestSchema, payload));
      return null;
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return reply(socket.data.user.language, () => this.messages.send(socket.data.user, parsePayload(sendMessageRequestSchema, payload)));
  }

  @SubscribeMessage('message:edit')
  edit(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return reply(socket.data.user.language, () => this.messages.edit(socket.data.user, parsePayload(editMessageRequestSchema, payload)));
  }

  @SubscribeMessage('message:delete')
  remove(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return reply(socket.data.user.language, () => this.messages.remove(socket.data.user, parsePayload(messageRefSchema, payload).messageId));
  }

  @SubscribeMessage('message:react')
  react(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<Message>> {
    return reply(socket.data.user.language, () => this.messages.react(socket.data.user, parsePayload(reactRequestSchema, payload)));
  }

  @SubscribeMessage('message:report')
  report(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return reply(socket.data.user.language, async () => {
      await this.moderation.report(socket.data.user, parsePayload(reportMessageRequestSchema, payload));
      return null;
    });
  }

  @SubscribeMessage('message:edits')
  edits(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<MessageEdit[]>> {
    return reply(socket.data.user.language, () => this.moderation.edits(socket.data.user, parsePayload(messageRefSchema, payload).messageId));
  }

  @SubscribeMessage('message:translate')
  translate(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<TranslateMessagesReply>> {
    return reply(socket.data.user.language, () => this.messages.translate(socket.data.user, parsePayload(translateMessagesRequestSchema, payload)));
  }

  @SubscribeMessage('moderation:act')
  moderate(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<SocketReply<null>> {
    return reply(socket.data.user.language, async () => {
      await this.moderation.moderate(socket.data.user, parsePayload(moderateRequestSchema, payload));
      return null;
    });
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
