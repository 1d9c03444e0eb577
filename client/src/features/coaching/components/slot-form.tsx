import { useState, type FormEvent } from 'react';
import { dateIn, LANGUAGES, zonedTime } from '@sstc/shared/values';
import type { CoachingSlot, CoachingSlotInput, EditionDetail, Language } from '@sstc/shared';
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
import { useSaveSlot } from '../hooks/use-coaching.js';

const DURATIONS = [30, 45, 60, 90];

/** "14:30" in the zone, for a time input. */
function clockIn(timeZone: string, at: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(at));
}

/**
 * A facilitator publishes a slot, in their own time zone, on one of the edition's modules or a need
 * they name; with `slot`, its facilitator or an organizer changes it (in the zone it was set in).
 */
export function SlotForm({ edition, slot, onSaved }: { edition: EditionDetail; slot?: CoachingSlot; onSaved?: () => void }) {
  const { t, i18n } = useTranslation('coaching');
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const create = useSaveSlot(edition.id, slot?.id);
  const problems = fieldProblemsOf(create.error);
  const modules = edition.programme.filter((item) => item.kind !== 'panel');
  const zone = slot?.timeZone ?? user.timeZone;
  const [date, setDate] = useState(slot ? dateIn(zone, new Date(slot.startsAt)) : '');
  const [time, setTime] = useState(slot ? clockIn(zone, slot.startsAt) : '');
  const [duration, setDuration] = useState(slot?.durationMinutes ?? 45);
  const [meetingLink, setMeetingLink] = useState(slot?.meetingLink ?? '');
  const [place, setPlace] = useState(slot?.place ?? '');
  const [slotLanguage, setSlotLanguage] = useState<Language>(slot?.language ?? language);
  const [itemId, setItemId] = useState(slot?.programmeItem?.id ?? '');
  const [need, setNeed] = useState(slot?.need ?? '');
  const [capacity, setCapacity] = useState(slot?.capacity ?? 1);
  const formId = slot ? `slot-form-${slot.id}` : 'slot-form';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CoachingSlotInput = {
      startsAt: date && time ? zonedTime(date, time, zone).toISOString() : '',
      timeZone: zone,
      durationMinutes: duration,
      meetingLink: meetingLink.trim() || null,
      place: place.trim() || null,
      language: slotLanguage,
      programmeItemId: itemId || null,
      need: itemId ? null : need.trim() || null,
      capacity,
    };
    create.mutate(input, { onSuccess: () => (onSaved ? onSaved() : setDate('')) });
  };

  return (
    <form className="form stack" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{slot ? t('form.edit_title') : t('form.title')}</h3>
      <p className="muted">{t('form.zone_note', { zone: timeZoneName(zone, language) })}</p>
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
      <SubmitButton pending={create.isPending}>{slot ? t('form.save') : t('form.publish')}</SubmitButton>
      <StatusMessage>{!slot && create.isSuccess && t('form.published')}</StatusMessage>
    </form>
  );
}
