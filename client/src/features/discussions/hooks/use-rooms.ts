import { useEffect } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RoomSummary } from '@sstc/shared';
import { useSocket } from '../../../app/realtime-provider.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { discussionsApi, request } from '../api/discussions.api.js';

export const ROOMS_KEY = ['discussions', 'rooms'] as const;

/** The reader's rooms, kept current by the socket: new activity raises unread counts live. */
export function useRooms() {
  const socket = useSocket();
  const client = useQueryClient();
  const me = useSignedInUser().id;
  const rooms = useQuery({ queryKey: ROOMS_KEY, queryFn: discussionsApi.rooms });

  useEffect(() => {
    if (!socket) return;
    const watch = () => void request(socket, 'rooms:watch', undefined as never);
    const onActivity = ({ roomId, at, authorId, mentions, seq }: { roomId: string; at: string; authorId: string; mentions: string[]; seq: number }) =>
      patchRoom(client, roomId, (room) => ({
        ...room,
        lastActivityAt: at,
        lastRevision: Math.max(room.lastRevision, seq),
        unread: authorId === me ? room.unread : Math.min(100, room.unread + 1),
        unreadMentions: room.unreadMentions + (mentions.includes(me) ? 1 : 0),
      }));
    // Out of a room, or into new ones (enrolled, moved, seated, made facilitator): the list is read again.
    const onMembership = () => void client.invalidateQueries({ queryKey: ROOMS_KEY });
    if (socket.connected) watch();
    socket.on('connect', watch);
    socket.on('room:activity', onActivity);
    socket.on('room:removed', onMembership);
    socket.on('rooms:changed', onMembership);
    return () => {
      socket.off('connect', watch);
      socket.off('room:activity', onActivity);
      socket.off('room:removed', onMembership);
      socket.off('rooms:changed', onMembership);
    };
  }, [socket, client, me]);

  return rooms;
}

export function patchRoom(client: QueryClient, roomId: string, change: (room: RoomSummary) => RoomSummary): void {
  client.setQueryData<RoomSummary[]>(ROOMS_KEY, (rooms) => rooms?.map((room) => (room.id === roomId ? change(room) : room)));
}
