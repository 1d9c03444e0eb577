import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import { PROGRAMME_ITEM_KINDS } from '@sstc/shared/values';
import type { EditionDetail, Language, ProgrammeItem, ProgrammeItemKind } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { localized } from '../../../lib/localized.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { useDeleteItem } from '../hooks/use-programme.js';
import { MachineDraftsPanel } from '../../translation/machine-drafts-panel.js';
import { programmeApi } from '../api/programme.api.js';
import { ItemForm } from './item-form.js';
import { TranslationStatus } from './translation-status.js';

type Editing = { kind: ProgrammeItemKind; item?: ProgrammeItem } | null;

export function ProgrammeEditorPage() {
  const { t } = useTranslation('programme');
  return <EditionShell page={t('title')}>{(edition) => <ProgrammeEditor edition={edition} />}</EditionShell>;
}

function ProgrammeEditor({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation('programme');
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteItem(edition.id);
  const client = useQueryClient();
  // The item as saved now (machine drafts change it while it is open), not as it was when opened.
  const opened = editing?.item;
  const item = opened && (edition.programme.find((i) => i.id === opened.id) ?? opened);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  return (
    <>
      <TranslationStatus edition={edition} />
      {editing ? (
        <section aria-labelledby="item-editor" className="card">
          <h2 id="item-editor" ref={heading} tabIndex={-1}>
            {editing.item
              ? t('form.edit_title', { item: t(`item_label.${editing.kind}`, { number: editing.item.number }) })
              : t(`form.new_title.${editing.kind}`)}
          </h2>
          {item && (
            <MachineDraftsPanel
              drafts={item.machineDrafts}
              fill={() => programmeApi.fillDrafts(item.id)}
              review={(mark) => programmeApi.reviewDraft(item.id, mark)}
              onChanged={() => client.invalidateQueries({ queryKey: ['editions', edition.id] })}
              fieldName={(field) => {
                const session = item.sessions.findIndex((s) => field === `sessions.${s.id}.room`);
                if (session >= 0) return t('drafts.field_room', { number: session + 1 });
                return field === 'title' ? t('drafts.field_title') : t('drafts.field_description');
              }}
            />
          )}
          <ItemForm
            // Filled with machine drafts: the form starts again from the saved texts.
            key={item ? `${item.id}:${JSON.stringify([item.title, item.description, item.sessions])}` : editing.kind}
            edition={edition}
            kind={editing.kind}
            item={item}
            onDone={() => setEditing(null)}
          />
        </section>
      ) : (
        <div className="actions">
          {PROGRAMME_ITEM_KINDS.map((kind) => (
            <button key={kind} type="button" className="button" onClick={() => setEditing({ kind })}>
              {t(`add.${kind}`)}
            </button>
          ))}
        </div>
      )}
      <ErrorAlert error={remove.error} />
      {PROGRAMME_ITEM_KINDS.map((kind) => (
        <KindList
          key={kind}
          edition={edition}
          kind={kind}
          onEdit={(item) => setEditing({ kind, item })}
          onDelete={(item) => remove.mutate(item.id)}
        />
      ))}
    </>
  );
}

interface KindListProps {
  edition: EditionDetail;
  kind: ProgrammeItemKind;
  onEdit: (item: ProgrammeItem) => void;
  onDelete: (item: ProgrammeItem) => void;
}

function KindList({ edition, kind, onEdit, onDelete }: KindListProps) {
  const { t, i18n } = useTranslation('programme');
  const language = i18n.language as Language;
  const items = edition.programme
    .filter((item) => item.kind === kind)
    .sort((a, b) => (a.block ?? '').localeCompare(b.block ?? '') || a.number - b.number);
  return (
    <section aria-labelledby={`kind-${kind}`}>
      <h2 id={`kind-${kind}`}>{t(`kinds.${kind}`)}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ul className="item-list">
          {items.map((item) => {
            const label = t(`item_label.${kind}`, { number: item.number });
            const title = localized(item.title, language, edition.defaultLanguage);
            return (
              <li key={item.id} className="card item-row" data-testid="programme-row">
                <p className="eyebrow">
                  {label}
                  {item.block && ` · ${t('block', { block: item.block })}`}
                  {item.capacity !== null && ` · ${t('capacity', { count: item.capacity })}`}
                </p>
                <h3 lang={title.lang}>{title.value}</h3>
                <p className="muted">{t('sessions_count', { count: item.sessions.length })}</p>
                <div className="actions">
                  <button type="button" className="button button-small" onClick={() => onEdit(item)} aria-label={t('edit_item', { item: label })}>
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={t('delete_item', { item: label })}
                    onClick={() => window.confirm(t('delete_confirm', { item: `${label}: ${title.value}` })) && onDelete(item)}
                  >
                    {t('delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
