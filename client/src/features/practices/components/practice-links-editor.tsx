import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Practice, PracticeLinkOptions } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { practicesApi } from '../api/practices.api.js';
import { practiceKeys } from '../hooks/use-practices.js';

/**
 * For organizers and facilitators: which programme items and rooms the practice belongs with,
 * among those they may link (a facilitator's own items and rooms; the other links stay as they are).
 */
export function PracticeLinksEditor({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const [open, setOpen] = useState(false);
  const options = useQuery({
    queryKey: ['practices', 'link-options', practice.id],
    queryFn: () => practicesApi.linkOptions(practice.id),
    enabled: open,
  });
  return (
    <details
      className="card stack-tight"
      data-testid="practice-links-editor"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t('linked.edit')}</summary>
      {options.isPending && open && <Loading />}
      {options.isError && <ErrorAlert error={options.error} />}
      {options.data && <LinksForm practiceId={practice.id} options={options.data} />}
    </details>
  );
}

function LinksForm({ practiceId, options }: { practiceId: string; options: PracticeLinkOptions }) {
  const { t, i18n } = useTranslation('practices');
  const language = i18n.language as Language;
  const queryClient = useQueryClient();
  const [items, setItems] = useState(() => new Set(options.programmeItems.filter((i) => i.linked).map((i) => i.id)));
  const [rooms, setRooms] = useState(() => new Set(options.rooms.filter((r) => r.linked).map((r) => r.id)));
  const save = useMutation({
    mutationFn: () => practicesApi.setLinks(practiceId, { programmeItemIds: [...items], roomIds: [...rooms] }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
  const toggle = (set: Set<string>, update: (next: Set<string>) => void, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    update(next);
    save.reset();
  };
  const groups = [
    {
      name: 'items',
      legend: t('linked.items'),
      set: items,
      update: setItems,
      list: options.programmeItems.map((item) => {
        const title = localized(item.title, language, 'en');
        return { id: item.id, lang: title.lang, label: `${title.value} (${item.edition})` };
      }),
    },
    {
      name: 'rooms',
      legend: t('linked.rooms'),
      set: rooms,
      update: setRooms,
      list: options.rooms.map((room) => {
        const title = localized(room.title, language, 'en');
        return { id: room.id, lang: title.lang, label: title.value };
      }),
    },
  ];
  return (
    <form
      className="stack-tight"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <p className="muted small">{t('linked.hint')}</p>
      {groups.map(({ name, legend, list, set, update }) => (
        <fieldset key={name}>
          <legend>{legend}</legend>
          {list.length === 0 && <p className="muted small">{t('linked.none')}</p>}
          {list.map((option) => (
            <label key={option.id} className="field-inline">
              <input type="checkbox" checked={set.has(option.id)} onChange={() => toggle(set, update, option.id)} />{' '}
              <span lang={option.lang}>{option.label}</span>
            </label>
          ))}
        </fieldset>
      ))}
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <p role="status" className="muted small">
          {t('linked.saved')}
        </p>
      )}
      <p>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('linked.save')}
        </button>
      </p>
    </form>
  );
}
