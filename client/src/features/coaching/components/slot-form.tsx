import { useState, type FormEvent } from 'react';
import { LANGUAGES, zonedTime } from '@sstc/shared/values';
import type { CoachingSlotInput, EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';
import { StatusMessage } from '../../../components/status-message.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { timeZoneName } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useCreateSlot } from '../hooks/use-coaching.js';

const DURATIONS = [30, 45, 60, 90];

/** A facilitator publishes a slot, in their own time zone, on one of the edition's modules or a need they name. */
export function SlotForm({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation('coaching');
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const create = useCreateSlot(edition.id);
  const problems = fieldProblemsOf(create.error);
  const modules = edition.programme.filter((item) => item.kind !== 'panel');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState(45);
  const [meetingLink, setMeetingLink] = useState('');
  const [place, setPlace] = useState('');
  const [slotLanguage, setSlotLanguage] = useState<Language>(language);
  const [itemId, setItemId] = useState('');
  const [need, setNeed] = useState('');
  const [capacity, setCapacity] = useState(1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CoachingSlotInput = {
      startsAt: date && time ? zonedTime(date, time, user.timeZone).toISOString() : '',
      timeZone: user.timeZone,
      durationMinutes: duration,
      meetingLink: meetingLink.trim() || null,
      place: place.trim() || null,
      language: slotLanguage,
      programmeItemId: itemId || null,
      need: itemId ? null : need.trim() || null,
      capacity,
    };
    create.mutate(input, { onSuccess: () => setDate('') });
  };

  return (
    <form className="form stack" onSubmit={submit} noValidate aria-labelledby="slot-form-title">
      <h3 id="slot-form-title">{t('form.title')}</h3>
      <p className="muted">{t('form.zone_note', { zone: timeZoneName(user.timeZone, language) })}</p>
      <ErrorAlert error={create.error} />
      <Field label={t('form.date')} name="date" problem={problems.startsAt}>
        {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label={t('form.time')} name="time">
        {(control) => <input {...control} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
      </Field>
      <Field label={t('form.duration')} name="duration">
        {(control) => (
          <select {...control} value={duration} onChange={(e) => setDuration(Number(e.target.value))}>
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('form.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('form.meeting_link')} name="meetingLink" problem={problems.meetingLink} hint={t('form.where_hint')} optional>
        {(control) => <input {...control} type="url" value={meetingLink} onChange={(e) => setMeetingLink(e.target.value)} />}
      </Field>
      <Field label={t('form.place')} name="place" problem={problems.place} optional>
        {(control) => <input {...control} value={place} maxLength={300} onChange={(e) => setPlace(e.target.value)} />}
      </Field>
      <Field label={t('form.language')} name="language">
        {(control) => (
          <select {...control} value={slotLanguage} onChange={(e) => setSlotLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('form.module')} name="programmeItemId" problem={problems.programmeItemId} optional>
        {(control) => (
          <select {...control} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t('form.no_module')}</option>
            {modules.map((item) => (
              <option key={item.id} value={item.id}>
                {localized(item.title, language, edition.defaultLanguage).value}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!itemId && (
        <Field label={t('form.need')} name="need" problem={problems.need} hint={t('form.need_hint')}>
          {(control) => <input {...control} value={need} maxLength={500} onChange={(e) => setNeed(e.target.value)} />}
        </Field>
      )}
      <Field label={t('form.capacity')} name="capacity" hint={t('form.capacity_hint')} problem={problems.capacity}>
        {(control) => (
          <input {...control} type="number" min={1} max={50} value={capacity} onChange={(e) => setCapacity(Number(e.target.value) || 1)} />
        )}
      </Field>
      <SubmitButton pending={create.isPending}>{t('form.publish')}</SubmitButton>
      <StatusMessage>{create.isSuccess && t('form.published')}</StatusMessage>
    </form>
  );
}
