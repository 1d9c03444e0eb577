import { useRef, useState } from 'react';
import type { Language } from '@sstc/shared';
import { formatDuration } from '../../../lib/format.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { MUTE_MINUTE_CHOICES, REPORT_REASONS } from '@sstc/shared/values';
import type { Message, MessageEdit, ModerateRequest, ReportReason, SocketErrorBody } from '@sstc/shared';
import type { AppSocket } from '../../../lib/socket.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { request } from '../api/discussions.api.js';
import { MessageEditor } from './message-editor.js';
import { ReasonForm } from './reason-form.js';

/** What message components need from the room they are in. */
export interface RoomContext {
  id: string;
  socket: AppSocket | null;
  moderator: boolean;
  canPost: boolean;
  editionTimeZone?: string;
  upsert: (messages: Message[]) => void;
  onError(error: SocketErrorBody): void;
}

type Open = null | 'edit' | 'delete' | 'report' | 'hide' | 'moderator_delete' | 'mute' | 'history';

/** The actions a reader may take on a message: their own (edit, delete), anyone's (report), a moderator's. */
export function MessageActions({ message, room }: { message: Message; room: RoomContext }) {
  const { t, i18n } = useTranslation('discussions');
  const me = useSignedInUser().id;
  const [open, setOpenState] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  // Opening a form closes the menu, so the form never sits under it.
  const setOpen = (next: Open) => {
    if (menu.current) menu.current.open = false;
    setNotice('');
    setOpenState(next);
  };
  const [history, setHistory] = useState<MessageEdit[] | null>(null);
  const mine = message.author.id === me;
  const live = !message.deletedAt && !message.hidden;
  const socket = room.socket;
  if (!socket) return null;

  const done = (reply: { ok: true; data: unknown } | { ok: false; error: SocketErrorBody }, confirmation = '') => {
    if (!reply.ok) return room.onError(reply.error);
    if (reply.data && typeof reply.data === 'object' && 'id' in reply.data) room.upsert([reply.data as Message]);
    setOpen(null);
    setNotice(confirmation);
  };
  const moderate = async (action: ModerateRequest, confirmation = '') => done(await request(socket, 'moderation:act', action), confirmation);
  const showHistory = async () => {
    const reply = await request(socket, 'message:edits', { messageId: message.id });
    if (reply.ok) setHistory(reply.data);
    setOpen('history');
  };

  return (
    <>
      <details ref={menu} className="message-actions">
        <summary>{t('actions.more')}</summary>
        <div className="message-actions-menu">
          {mine && live && room.canPost && (
            <button type="button" className="link-button" onClick={() => setOpen('edit')}>
              {t('actions.edit')}
            </button>
          )}
          {mine && live && (
            <button type="button" className="link-button" onClick={() => setOpen('delete')}>
              {t('actions.delete')}
            </button>
          )}
          {!mine && live && (
            <button type="button" className="link-button" onClick={() => setOpen('report')}>
              {t('actions.report')}
            </button>
          )}
          {room.moderator && !message.hidden && !message.deletedAt && (
            <button type="button" className="link-button" onClick={() => setOpen('hide')}>
              {t('actions.hide')}
            </button>
          )}
          {room.moderator && message.hidden && (
            <button type="button" className="link-button" onClick={() => void moderate({ action: 'restore', messageId: message.id })}>
              {t('actions.restore')}
            </button>
          )}
          {room.moderator && live && (
            <button
              type="button"
              className="link-button"
              onClick={() => void moderate({ action: message.pinnedAt ? 'unpin' : 'pin', messageId: message.id })}
            >
              {message.pinnedAt ? t('actions.unpin') : t('actions.pin')}
            </button>
          )}
          {room.moderator && !mine && !message.deletedAt && (
            <button type="button" className="link-button" onClick={() => setOpen('moderator_delete')}>
              {t('actions.delete')}
            </button>
          )}
          {room.moderator && !mine && message.author.role === 'participant' && (
            <button type="button" className="link-button" onClick={() => setOpen('mute')}>
              {t('actions.mute', { name: message.author.name })}
            </button>
          )}
          {room.moderator && message.editedAt && (
            <button type="button" className="link-button" onClick={() => void showHistory()}>
              {t('actions.history')}
            </button>
          )}
        </div>
      </details>
      {open === 'edit' && (
        <MessageEditor
          message={message}
          onCancel={() => setOpen(null)}
          onSave={async (body) => done(await request(socket, 'message:edit', { messageId: message.id, body }))}
        />
      )}
      {open === 'delete' && (
        <ReasonForm
          title={t('actions.delete_confirm')}
          submit={t('actions.delete')}
          reason={false}
          onCancel={() => setOpen(null)}
          onSubmit={async () => done(await request(socket, 'message:delete', { messageId: message.id }))}
        />
      )}
      {open === 'report' && (
        <ReportForm
          onCancel={() => setOpen(null)}
          onSubmit={async (reason, note) =>
            done(await request(socket, 'message:report', { messageId: message.id, reason, note }), t('report.thanks'))
          }
        />
      )}
      {open === 'hide' && (
        <ReasonForm
          title={t('actions.hide_title')}
          submit={t('actions.hide')}
          onCancel={() => setOpen(null)}
          onSubmit={(reason) => moderate({ action: 'hide', messageId: message.id, reason })}
        />
      )}
      {open === 'moderator_delete' && (
        <ReasonForm
          title={t('actions.delete_title')}
          submit={t('actions.delete')}
          onCancel={() => setOpen(null)}
          onSubmit={(reason) => moderate({ action: 'delete', messageId: message.id, reason })}
        />
      )}
      {open === 'mute' && (
        <ReasonForm
          title={t('actions.mute', { name: message.author.name })}
          submit={t('actions.mute_submit')}
          reasonLabel={t('moderation.mute_reason')}
          durations={MUTE_MINUTE_CHOICES}
          onCancel={() => setOpen(null)}
          onSubmit={(reason, minutes = MUTE_MINUTE_CHOICES[0]) =>
            moderate(
              { action: 'mute', roomId: room.id, userId: message.author.id, reason, minutes },
              t('moderation.muted_notice', { name: message.author.name, duration: formatDuration(minutes, i18n.language as Language) }),
            )
          }
        />
      )}
      {notice && (
        <p className="message-notice small" role="status">
          {notice}
        </p>
      )}
      {open === 'history' && history && (
        <section className="note" aria-label={t('actions.history')}>
          <ol>
            {history.map((edit) => (
              <li key={edit.editedAt}>
                <pre className="edit-history">{edit.body}</pre>
              </li>
            ))}
          </ol>
          <button type="button" className="link-button" onClick={() => setOpen(null)}>
            {t('actions.close')}
          </button>
        </section>
      )}
    </>
  );
}

function ReportForm({ onSubmit, onCancel }: { onSubmit: (reason: ReportReason, note: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation('discussions');
  const [reason, setReason] = useState<ReportReason>('spam');
  return (
    <ReasonForm title={t('report.title')} submit={t('actions.report')} optional onCancel={onCancel} onSubmit={(note) => onSubmit(reason, note)}>
      <label className="field">
        <span>{t('report.reason')}</span>
        <select value={reason} onChange={(event) => setReason(event.target.value as ReportReason)}>
          {REPORT_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`report.reasons.${r}`)}
            </option>
          ))}
        </select>
      </label>
    </ReasonForm>
  );
}
