import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { MESSAGE_MAX_CHARS } from '@sstc/shared/values';
import type { Message } from '@sstc/shared';

/** Editing one's own message in place; the earlier text stays in the history moderators can read. */
export function MessageEditor({ message, onSave, onCancel }: { message: Message; onSave: (body: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation('discussions');
  const [body, setBody] = useState(message.body ?? '');
  const tooLong = body.trim().length > MESSAGE_MAX_CHARS;
  return (
    <form
      className="message-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() && !tooLong) void onSave(body.trim());
      }}
    >
      <label className="field">
        <span>{t('actions.edit')}</span>
        <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} autoFocus aria-invalid={tooLong || undefined} />
      </label>
      {tooLong && <p className="field-error">{t('composer.too_long', { max: MESSAGE_MAX_CHARS })}</p>}
      <div className="row">
        <button type="submit" className="button button-small button-primary">
          {t('actions.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
