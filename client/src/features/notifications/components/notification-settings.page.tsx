import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationDelivery, NotificationKind, NotificationPreference } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { NOTIFICATIONS_KEY, notificationsApi } from '../api/notifications.api.js';

// Spelled out (not the shared constant) so the page carries no schema code.
const DELIVERIES: NotificationDelivery[] = ['app', 'immediate', 'daily', 'weekly', 'off'];
const PREFERENCES_KEY = [...NOTIFICATIONS_KEY, 'preferences'] as const;

/** Per kind: in the app only, email at once, daily or weekly digest, or off; password and invitation emails are shown fixed. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('settings.title'));
  const client = useQueryClient();
  const preferences = useQuery({ queryKey: PREFERENCES_KEY, queryFn: notificationsApi.preferences });
  const [changes, setChanges] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      notificationsApi.updatePreferences({
        preferences: Object.entries(changes).map(([kind, delivery]) => ({ kind: kind as NotificationKind, delivery: delivery! })),
      }),
    onSuccess: (data) => {
      client.setQueryData(PREFERENCES_KEY, data);
      setChanges({});
      setSaved(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(changes).length === 0) return setSaved(true);
    save.mutate();
  };

  return (
    <div className="stack narrow-wide">
      <p>
        <Link to="/notifications">{t('back')}</Link>
      </p>
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      {preferences.isPending && <Loading />}
      <ErrorAlert error={preferences.error} />
      {preferences.data && (
        <form onSubmit={submit} className="stack" noValidate>
          <ul className="stack-tight plain-list">
            {preferences.data.preferences.map((preference) => (
              <KindRow
                key={preference.kind}
                preference={preference}
                value={changes[preference.kind] ?? preference.delivery}
                onChange={(delivery) => {
                  setSaved(false);
                  setChanges((current) => ({ ...current, [preference.kind]: delivery }));
                }}
              />
            ))}
          </ul>
          <ErrorAlert error={save.error} />
          <StatusMessage>{saved && t('settings.saved')}</StatusMessage>
          <p>
            <SubmitButton pending={save.isPending}>{t('settings.save')}</SubmitButton>
          </p>
        </form>
      )}
    </div>
  );
}

function KindRow({
  preference,
  value,
  onChange,
}: {
  preference: NotificationPreference;
  value: NotificationDelivery;
  onChange: (delivery: NotificationDelivery) => void;
}) {
  const { t } = useTranslation('notifications');
  const id = `delivery-${preference.kind}`;
  return (
    <li className="field">
      {preference.fixed ? (
        <>
          <strong>{t(`settings.kinds.${preference.kind}`)}</strong>
          <p className="muted" data-testid={`fixed-${preference.kind}`}>
            {t('settings.fixed')}
          </p>
        </>
      ) : (
        <>
          <label htmlFor={id}>{t(`settings.kinds.${preference.kind}`)}</label>
          <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as NotificationDelivery)}>
            {DELIVERIES.map((delivery) => (
              <option key={delivery} value={delivery}>
                {t(`settings.deliveries.${delivery}`)}
              </option>
            ))}
          </select>
        </>
      )}
    </li>
  );
}
