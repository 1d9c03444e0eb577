import { describe, expect, it, jest } from '@jest/globals';
import type { SocketReply, TranslateMessagesReply } from '@sstc/shared';
import { MessageTranslations } from './message-translations.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a room’s translations', () => {
  it('asks once for messages wanted together, and shows the translation with the original one click away', async () => {
    const send = jest.fn(async (ids: string[]): Promise<SocketReply<TranslateMessagesReply>> => ({
      ok: true,
      data: {
        translations: ids.map((messageId) => ({ messageId, revision: 1, from: 'es', to: 'pt', body: `pt:${messageId}` })),
        deferred: [],
        retryAfter: null,
      },
    }));
    const store = new MessageTranslations(send);
    store.want({ id: id(1), body: 'uno' });
    store.want({ id: id(2), body: 'dos' });
    store.want({ id: id(1), body: 'uno' });
    expect(store.view({ id: id(1), body: 'uno' })).toEqual({ status: 'pending' });
    await settle();
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith([id(1), id(2)]);
    expect(store.view({ id: id(1), body: 'uno' })).toEqual({ status: 'done', body: `pt:${id(1)}`, from: 'es', showOriginal: false });
    store.toggle(id(1));
    expect(store.view({ id: id(1), body: 'uno' })).toMatchObject({ showOriginal: true });
    // Edited: the translation no longer applies.
    expect(store.view({ id: id(1), body: 'uno editado' })).toEqual({ status: 'idle' });
    store.stop();
  });

  it('marks messages unavailable when the engine is down, and asks again when the reader insists', async () => {
    let down = true;
    const send = jest.fn(async (ids: string[]): Promise<SocketReply<TranslateMessagesReply>> =>
      down
        ? { ok: false, error: { code: 'translation_unavailable', message: 'Translation unavailable right now.' } }
        : {
            ok: true,
            data: {
              translations: ids.map((messageId) => ({ messageId, revision: 1, from: 'fr', to: 'en', body: 'hello' })),
              deferred: [],
              retryAfter: null,
            },
          },
    );
    const store = new MessageTranslations(send);
    store.want({ id: id(3), body: 'bonjour' });
    await settle();
    await settle();
    expect(store.view({ id: id(3), body: 'bonjour' })).toEqual({ status: 'unavailable' });
    store.want({ id: id(3), body: 'bonjour' });
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    down = false;
    store.want({ id: id(3), body: 'bonjour' }, true);
    await settle();
    await settle();
    expect(store.view({ id: id(3), body: 'bonjour' })).toMatchObject({ status: 'done', body: 'hello' });
    store.stop();
  });

  it('waits for the translation the server pushes for a message just said, and applies one pushed before it is shown', async () => {
    const send = jest.fn(async (): Promise<SocketReply<TranslateMessagesReply>> => ({
      ok: true,
      data: { translations: [], deferred: [], retryAfter: null },
    }));
    const store = new MessageTranslations(send);
    const now = new Date().toISOString();
    store.want({ id: id(5), body: 'hola', createdAt: now, editedAt: null }, false, true);
    expect(store.view({ id: id(5), body: 'hola' })).toEqual({ status: 'pending' });
    store.receive([{ messageId: id(5), revision: 3, from: 'es', to: 'pt', body: 'olá' }], []);
    expect(store.view({ id: id(5), body: 'hola' })).toMatchObject({ status: 'done', body: 'olá' });
    store.receive([{ messageId: id(6), revision: 4, from: 'es', to: 'pt', body: 'tchau' }], [id(7)]);
    store.want({ id: id(6), body: 'adiós', createdAt: now, editedAt: null }, false, true);
    store.want({ id: id(7), body: 'otro', createdAt: now, editedAt: null }, false, true);
    expect(store.view({ id: id(6), body: 'adiós' })).toMatchObject({ status: 'done', body: 'tchau' });
    expect(store.view({ id: id(7), body: 'otro' })).toEqual({ status: 'unavailable' });
    await settle();
    expect(send).not.toHaveBeenCalled();
    store.stop();
  });
});
