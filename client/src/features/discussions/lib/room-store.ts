import type { Message, Person } from '@sstc/shared';

/**
 * What a reader holds of one room: messages by id (each at its newest revision), and the revision
 * up to which it has every change (`cursor`). A change arriving past cursor + 1 means one was missed:
 * `needsSync` asks the caller to catch up from the database.
 */
export interface RoomState {
  messages: Map<string, Message>;
  cursor: number | null;
  needsSync: boolean;
  hasOlder: boolean;
  presence: Map<string, Person>;
  typing: Map<string, { person: Person; until: number }>;
}

export type RoomEvent =
  | { type: 'page'; messages: Message[]; hasMore: boolean; revision: number }
  | { type: 'older'; messages: Message[]; hasMore: boolean }
  | { type: 'synced'; messages: Message[]; revision: number }
  | { type: 'changes'; messages: Message[]; fromRevision: number; revision: number }
  | { type: 'upsert'; messages: Message[] }
  | { type: 'presence'; people: Person[] }
  | { type: 'presence_changed'; person: Person; online: boolean }
  | { type: 'typing'; person: Person; now: number }
  | { type: 'reset' };

export const emptyRoom = (): RoomState => ({
  messages: new Map(),
  cursor: null,
  needsSync: false,
  hasOlder: false,
  presence: new Map(),
  typing: new Map(),
});

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'page':
      return {
        ...state,
        messages: merge(state.messages, event.messages),
        hasOlder: event.hasMore,
        cursor: Math.max(state.cursor ?? 0, event.revision),
        needsSync: false,
      };
    case 'older':
      return { ...state, messages: merge(state.messages, event.messages), hasOlder: event.hasMore };
    case 'synced':
      return { ...state, messages: merge(state.messages, event.messages), cursor: Math.max(state.cursor ?? 0, event.revision), needsSync: false };
    case 'changes': {
      const messages = merge(state.messages, event.messages);
      if (state.cursor === null) return { ...state, messages };
      if (event.fromRevision <= state.cursor + 1) return { ...state, messages, cursor: Math.max(state.cursor, event.revision) };
      return { ...state, messages, needsSync: true };
    }
    case 'upsert':
      return { ...state, messages: merge(state.messages, event.messages) };
    case 'presence':
      return { ...state, presence: new Map(event.people.map((p) => [p.id, p])) };
    case 'presence_changed': {
      const presence = new Map(state.presence);
      if (event.online) presence.set(event.person.id, event.person);
      else presence.delete(event.person.id);
      return { ...state, presence };
    }
    case 'typing': {
      const typing = new Map([...state.typing].filter(([, entry]) => entry.until > event.now));
      typing.set(event.person.id, { person: event.person, until: event.now + 4_000 });
      return { ...state, typing };
    }
    case 'reset':
      return emptyRoom();
  }
}

/** Keeps, per message, the newest revision seen: an older copy arriving late changes nothing. */
function merge(current: Map<string, Message>, incoming: Message[]): Map<string, Message> {
  if (incoming.length === 0) return current;
  const next = new Map(current);
  for (const message of incoming) {
    const known = next.get(message.id);
    if (!known || known.revision <= message.revision) next.set(message.id, message);
  }
  return next;
}

/** The room's own messages (not replies) a reader may see, oldest first. */
export function timeline(state: RoomState): Message[] {
  return [...state.messages.values()].filter((m) => m.parentId === null && isShown(m)).sort((a, b) => a.seq - b.seq);
}

export function replies(state: RoomState, rootId: string): Message[] {
  return [...state.messages.values()].filter((m) => m.parentId === rootId && isShown(m)).sort((a, b) => a.seq - b.seq);
}

/** Hidden messages reach readers without text: they stay as a placeholder. Deleted ones stay only to hold their replies. */
export function isShown(message: Message): boolean {
  if (message.body !== null) return true;
  if (message.deletedAt !== null) return message.replyCount > 0;
  return message.hidden !== null;
}

export function typingPeople(state: RoomState, now: number, me: string): Person[] {
  return [...state.typing.values()].filter((entry) => entry.until > now && entry.person.id !== me).map((entry) => entry.person);
}
