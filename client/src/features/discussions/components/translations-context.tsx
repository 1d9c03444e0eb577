import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Message, MessageTranslation } from '@sstc/shared';
import type { AppSocket } from '../../../lib/socket.js';
import { useTranslationSettings } from '../../translation/translation.api.js';
import { request } from '../api/discussions.api.js';
import { MessageTranslations, type TranslationView } from '../lib/message-translations.js';

interface RoomTranslations {
  store: MessageTranslations;
  /** The reader's setting: translate messages as they come into view. */
  auto: boolean;
}

const Context = createContext<RoomTranslations | null>(null);
const IDLE: TranslationView = Object.freeze({ status: 'idle' });
const noop = () => () => {};

/** The room's translations, when the platform translates; none in moderation views (they show originals). */
export function TranslationsProvider({ socket, roomId, children }: { socket: AppSocket | null; roomId: string; children: React.ReactNode }) {
  const settings = useTranslationSettings().data;
  const enabled = !!settings?.enabled && !!socket;
  const store = useMemo(
    () => (enabled && socket ? new MessageTranslations((messageIds) => request(socket, 'message:translate', { roomId, messageIds })) : null),
    [enabled, socket, roomId],
  );
  useEffect(() => () => store?.stop(), [store]);
  const auto = !!settings?.autoTranslate;
  useEffect(() => {
    if (!store || !socket) return;
    const onTranslated = (payload: { roomId: string; translations: MessageTranslation[]; unavailable: string[] }) =>
      payload.roomId === roomId && store.receive(payload.translations, payload.unavailable);
    socket.on('message:translated', onTranslated);
    return () => void socket.off('message:translated', onTranslated);
  }, [store, socket, roomId]);
  // Joining again moves this socket into (or out of) the room's channel of translations pushed in the reader's language.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (socket?.connected) void request(socket, 'room:join', { roomId });
  }, [auto, socket, roomId]);
  const value = useMemo(() => (store ? { store, auto } : null), [store, auto]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** One message's translation as the reader sees it, and the room's store to act on it. */
export function useMessageTranslation(message: Pick<Message, 'id' | 'body'>): { translations: RoomTranslations | null; view: TranslationView } {
  const translations = useContext(Context);
  const store = translations?.store;
  const subscribe = useCallback((listener: () => void) => (store ? store.subscribe(listener) : noop()), [store]);
  const view = useSyncExternalStore(subscribe, () => (store ? store.view(message) : IDLE));
  return { translations, view };
}
