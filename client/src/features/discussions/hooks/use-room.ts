import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Message, RoomSummary, SocketErrorBody } from '@sstc/shared';
import { useSocket } from '../../../app/realtime-provider.js';
import { discussionsApi, request } from '../api/discussions.api.js';
import { emptyRoom, roomReducer, timeline } from '../lib/room-store.js';
import { onAcknowledged } from './use-outbox.js';
import { patchRoom, ROOMS_KEY } from './use-rooms.js';

export type RoomStatus = 'connecting' | 'live' | 'offline';

/** On a live but slow link, how long the room waits for its socket before showing the kept copy. */
export const OFFLINE_COPY_AFTER_MS = 4_000;

/**
 * One open room: joins it on every (re)connection, loads history by pages, applies live changes,
 * and after a reconnection or a missed change asks the server for everything after the last
 * revision it holds. The database is the source: nothing depends on socket.io replaying events.
 */
export function useRoom(roomId: string) {
  const socket = useSocket();
  const client = useQueryClient();
  const [state, dispatch] = useReducer(roomReducer, undefined, emptyRoom);
  const [room, setRoom] = useState<RoomSummary | null>(null);
  const [pinned, setPinned] = useState<Message[]>([]);
  const [status, setStatus] = useState<RoomStatus>('connecting');
  const [error, setError] = useState<SocketErrorBody | null>(null);
  // Without a socket the room shows the last messages read over HTTP, which the service worker
  // kept: `copy` says so; `unavailable` that this device has nothing of the room.
  const [copy, setCopy] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  // The revision held, for catchUp to read when it runs (after a commit, so an effect keeps it current).
  const cursor = useRef<number | null>(null);
  useEffect(() => {
    cursor.current = state.cursor;
  }, [state.cursor]);

  const catchUp = useCallback(async () => {
    if (!socket) return;
    if (cursor.current === null) {
      const page = await discussionsApi.messages(roomId).catch(() => null);
      if (page) dispatch({ type: 'page', messages: page.messages, hasMore: page.hasMore, revision: page.revision });
      return;
    }
    for (let after = cursor.current; ;) {
      const reply = await request(socket, 'room:sync', { roomId, after });
      if (!reply.ok) return;
      dispatch({ type: 'synced', messages: reply.data.messages, revision: reply.data.revision });
      if (!reply.data.more) return;
      after = reply.data.revision;
    }
  }, [socket, roomId]);

  useEffect(() => {
    dispatch({ type: 'reset' });
    cursor.current = null;
  }, [roomId]);

  // No connection (or none yet on a slow link): the room as this device last read it.
  const hasRoom = room !== null;
  useEffect(() => {
    if (hasRoom || status === 'live') return;
    let cancelled = false;
    const load = async () => {
      const [rooms, page] = await Promise.all([
        client.fetchQuery({ queryKey: ROOMS_KEY, queryFn: discussionsApi.rooms }).catch(() => undefined),
        discussionsApi.messages(roomId).catch(() => null),
      ]);
      if (cancelled) return;
      const summary = rooms?.find((candidate) => candidate.id === roomId);
      if (!summary) return setUnavailable(true);
      setCopy(true);
      setRoom((current) => current ?? summary);
      if (page && cursor.current === null) {
        dispatch({ type: 'page', messages: page.messages, hasMore: page.hasMore, revision: page.revision });
        setPinned(page.pinned ?? []);
      }
    };
    const timer = setTimeout(() => void load(), navigator.onLine ? OFFLINE_COPY_AFTER_MS : 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [hasRoom, status, roomId, client]);

  useEffect(() => {
    if (!socket) return;
    const join = async () => {
      setStatus('connecting');
      const reply = await request(socket, 'room:join', { roomId });
      if (!reply.ok) {
        setError(reply.error);
        setStatus('offline');
        return;
      }
      setError(null);
      setCopy(false);
      setUnavailable(false);
      setRoom(reply.data.room);
      setPinned(reply.data.pinned);
      dispatch({ type: 'presence', people: reply.data.presence });
      await catchUp();
      setStatus('live');
    };
    const onChanges = (payload: { roomId: string; fromRevision: number; revision: number; messages: Message[] }) => {
      if (payload.roomId !== roomId) return;
      dispatch({ type: 'changes', messages: payload.messages, fromRevision: payload.fromRevision, revision: payload.revision });
      setPinned((current) => mergePinned(current, payload.messages));
    };
    const onUpdated = ({ room: changed }: { room: Pick<RoomSummary, 'id' | 'locked' | 'archived' | 'slowModeSeconds'> }) =>
      changed.id === roomId && setRoom((current) => (current ? { ...current, ...changed } : current));
    const onPresence = (payload: { roomId: string; person: Message['author']; online: boolean }) =>
      payload.roomId === roomId && dispatch({ type: 'presence_changed', person: payload.person, online: payload.online });
    const onTyping = (payload: { roomId: string; person: Message['author'] }) =>
      payload.roomId === roomId && dispatch({ type: 'typing', person: payload.person, now: Date.now() });
    const onRemoved = (payload: { roomId: string }) => payload.roomId === roomId && setError({ code: 'forbidden', message: '' });
    const onDisconnect = () => setStatus('offline');
    const stopAcks = onAcknowledged((message) => message.roomId === roomId && dispatch({ type: 'upsert', messages: [message] }));

    socket.on('connect', join);
    socket.on('disconnect', onDisconnect);
    socket.on('room:changes', onChanges);
    socket.on('room:updated', onUpdated);
    socket.on('room:presence', onPresence);
    socket.on('room:typing', onTyping);
    socket.on('room:removed', onRemoved);
    if (socket.connected) {
      void join();
    } else {
      // The socket is an external system: its state when we subscribe is read here, its later changes by the listeners above.
      // oxlint-disable-next-line react/set-state-in-effect -- synchronizing with the socket, not deriving state from state
      setStatus('offline');
    }
    return () => {
      socket.off('connect', join);
      socket.off('disconnect', onDisconnect);
      socket.off('room:changes', onChanges);
      socket.off('room:updated', onUpdated);
      socket.off('room:presence', onPresence);
      socket.off('room:typing', onTyping);
      socket.off('room:removed', onRemoved);
      stopAcks();
      if (socket.connected) void request(socket, 'room:leave', { roomId });
    };
  }, [socket, roomId, catchUp]);

  // A change arrived past the next revision: one was missed, fetch what lies between.
  useEffect(() => {
    if (state.needsSync) void catchUp();
  }, [state.needsSync, catchUp]);

  // Reading: tell the server how far this reader has seen, and clear the room's unread count.
  const lastSeq = timeline(state).at(-1)?.seq ?? 0;
  useEffect(() => {
    if (!socket || lastSeq === 0 || status !== 'live') return;
    const timer = setTimeout(() => {
      void request(socket, 'room:read', { roomId, seq: lastSeq });
      patchRoom(client, roomId, (r) => ({ ...r, unread: 0, unreadMentions: 0 }));
    }, 800);
    return () => clearTimeout(timer);
  }, [socket, roomId, lastSeq, status, client]);

  const loadOlder = useCallback(async () => {
    const oldest = timeline(state)[0]?.seq;
    const page = await discussionsApi.messages(roomId, oldest);
    dispatch({ type: 'older', messages: page.messages, hasMore: page.hasMore });
  }, [roomId, state]);

  const upsert = useCallback((messages: Message[]) => dispatch({ type: 'upsert', messages }), []);

  return { socket, state, room, pinned, status, error, loadOlder, upsert, copy: copy && status !== 'live', unavailable: unavailable && !hasRoom };
}

function mergePinned(current: Message[], changed: Message[]): Message[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const message of changed) {
    if (message.pinnedAt && message.body !== null && !message.hidden) byId.set(message.id, message);
    else byId.delete(message.id);
  }
  return [...byId.values()].sort((a, b) => (b.pinnedAt ?? '').localeCompare(a.pinnedAt ?? ''));
}
