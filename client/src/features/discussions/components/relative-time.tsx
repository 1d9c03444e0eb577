import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { useNow } from '../../../components/use-now.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';

/** A moment in the reader's time zone, with the full date and time zone on hover and for assistive technology. */
export function RelativeTime({ at, label, editionTimeZone }: { at: string; label?: (time: string) => string; editionTimeZone?: string }) {
  const { i18n } = useTranslation();
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const now = useNow();
  const date = new Date(at);
  const sameDay = date.toDateString() === new Date(now).toDateString();
  const short = new Intl.DateTimeFormat(
    language,
    sameDay
      ? { hour: 'numeric', minute: '2-digit', timeZone: user.timeZone }
      : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: user.timeZone },
  ).format(date);
  const full = (timeZone: string) =>
    new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(date);
  const title = editionTimeZone && editionTimeZone !== user.timeZone ? `${full(user.timeZone)} · ${full(editionTimeZone)}` : full(user.timeZone);
  return (
    <time dateTime={at} title={title}>
      {label ? label(short) : short}
    </time>
  );
}
