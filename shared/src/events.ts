import type { CurrentUser } from './contracts/auth.js';
import type {
  EditMessageRequest,
  JoinRoomReply,
  JoinRoomRequest,
  Message,
  MessageEdit,
  MessageRef,
  ModerateRequest,
  Person,
  ReactRequest,
  ReadRoomRequest,
  ReportMessageRequest,
  RoomSummary,
  SendMessageRequest,
  SocketReply,
  SyncRoomReply,
  SyncRoomRequest,
} from './contracts/discussions.js';
import type { Notification } from './contracts/notifications.js';
import type { MessageTranslation, TranslateMessagesReply, TranslateMessagesRequest } from './contracts/translation.js';

type Ack<T> = (reply: SocketReply<T>) => void;

/** Events the server sends; the gateway and socket.io-client are both typed with this map. */
export interface ServerToClientEvents {
  'session:ready': (payload: { user: Pick<CurrentUser, 'id' | 'name' | 'role'> }) => void;
  'session:ended': () => void;
  /**
   * Messages changed by the room-wide changes `fromRevision` to `revision` (one change, or several
   * consecutive ones sent together under load): new, edited, reacted, hidden, …
   */
  'room:changes': (payload: { roomId: string; fromRevision: number; revision: number; messages: Message[] }) => void;
  /** A room's state changed (locked, slow mode, …). */
  'room:updated': (payload: { room: Pick<RoomSummary, 'id' | 'locked' | 'archived' | 'slowModeSeconds'> }) => void;
  /** A new message in a room the reader watches but has not opened (unread counts, last activity). */
  'room:activity': (payload: { roomId: string; seq: number; at: string; authorId: string; mentions: string[] }) => void;
  'room:presence': (payload: { roomId: string; person: Person; online: boolean }) => void;
  'room:typing': (payload: { roomId: string; person: Person }) => void;
  /** The reader no longer belongs to the room (withdrawn, moved, unseated, no longer its facilitator). */
  'room:removed': (payload: { roomId: string }) => void;
  /** The rooms the reader belongs to or moderates changed (enrolled, moved, seated, made facilitator, invited): list them again. */
  'rooms:changed': () => void;
  /** A new notification of the reader (their own channel only), with their unread count after it. */
  'notification:new': (notification: Notification, unread: number) => void;
  /** Something on the reader's home changed (a report in a room they moderate): read it again. */
  'home:changed': () => void;
  /** The reader's unread count changed (read here or in another tab). */
  'notifications:unread': (payload: { unread: number }) => void;
  /**
   * To readers with automatic translation into one language: a new or edited message translated as
   * soon as it is stored (one engine call for all of them), or the ids the engine could not translate.
   */
  'message:translated': (payload: { roomId: string; translations: MessageTranslation[]; unavailable: string[] }) => void;
}

/** Events a client sends; each answers through an acknowledgement. */
export interface ClientToServerEvents {
  'session:ping': (ack: (reply: { at: string }) => void) => void;
  /** Subscribes to the activity of every room the reader belongs to. */
  'rooms:watch': (ack: Ack<{ roomIds: string[] }>) => void;
  'room:join': (request: JoinRoomRequest, ack: Ack<JoinRoomReply>) => void;
  'room:leave': (request: JoinRoomRequest, ack: Ack<null>) => void;
  /** Everything that changed after a revision, from the database (after a reconnect, a gap, …). */
  'room:sync': (request: SyncRoomRequest, ack: Ack<SyncRoomReply>) => void;
  'room:typing': (request: JoinRoomRequest) => void;
  'room:read': (request: ReadRoomRequest, ack: Ack<null>) => void;
  /** Idempotent by clientId: sending the same message twice stores and answers it once. */
  'message:send': (request: SendMessageRequest, ack: Ack<Message>) => void;
  'message:edit': (request: EditMessageRequest, ack: Ack<Message>) => void;
  'message:delete': (request: MessageRef, ack: Ack<Message>) => void;
  'message:react': (request: ReactRequest, ack: Ack<Message>) => void;
  'message:report': (request: ReportMessageRequest, ack: Ack<null>) => void;
  'message:edits': (request: MessageRef, ack: Ack<MessageEdit[]>) => void;
  'moderation:act': (request: ModerateRequest, ack: Ack<null>) => void;
  /** Messages in the reader's language (visible ones first), within the reader's rate; shared with every reader of that language. */
  'message:translate': (request: TranslateMessagesRequest, ack: Ack<TranslateMessagesReply>) => void;
}
