import { useState } from 'react';
import type { CoachingBooking, CoachingSlot, EditionDetail, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { StatusMessage } from '../../../components/status-message.js';
import { formatTimeRange, sameClock, timeZoneName } from '../../../lib/format.js';
import { localized, type Localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { coachingApi } from '../api/coaching.api.js';
import { useCoachingChange } from '../hooks/use-coaching.js';
import { SlotForm } from './slot-form.js';

/** The slot's topic in the reader's language: its module's title, else the need as written. */
export function useTopic(slot: CoachingSlot, fallback: Language): Localized {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  if (slot.programmeItem) return localized(slot.programmeItem.title, language, fallback);
  return { value: slot.need ?? '', lang: slot.language === language ? undefined : slot.language };
}

/** One coaching slot: when (the reader's zone, the facilitator's beside), where, topic; book or cancel, or, for those who manage it, its bookings and notes. */
export function SlotCard({ slot, edition }: { slot: CoachingSlot; edition: EditionDetail }) {
  const { t, i18n } = useTranslation('coaching');
  const defaultLanguage = edition.defaultLanguage;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const topic = useTopic(slot, defaultLanguage);
  const endsAt = new Date(new Date(slot.startsAt).getTime() + slot.durationMinutes * 60_000).toISOString();
  const book = useCoachingChange(slot.editionId, () => coachingApi.book(slot.id));
  const cancel = useCoachingChange(slot.editionId, (bookingId: string) => coachingApi.cancel(bookingId));
  const remove = useCoachingChange(slot.editionId, () => coachingApi.remove(slot.id));
  const titleId = `slot-${slot.id}-title`;
  return (
    <li className="card stack-tight" data-testid="coaching-slot" data-slot={slot.id}>
      <h3 id={titleId} lang={topic.lang}>
        {topic.value}
      </h3>
      {slot.recommended && <p className="badge">{t('slot.recommended_badge')}</p>}
      <dl className="facts">
        <div>
          <dt>{t('slot.when')}</dt>
          <dd>
            {formatTimeRange(slot.startsAt, endsAt, language, user.timeZone)} ({timeZoneName(user.timeZone, language)})
            {!sameClock(slot.startsAt, user.timeZone, slot.timeZone) && (
              <>
                <br />
                {t('slot.facilitator_time', {
                  time: formatTimeRange(slot.startsAt, endsAt, language, slot.timeZone),
                  zone: timeZoneName(slot.timeZone, language),
                })}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('slot.facilitator')}</dt>
          <dd>{slot.facilitator.name}</dd>
        </div>
        <div>
          <dt>{t('slot.language')}</dt>
          <dd>{languageName(slot.language)}</dd>
        </div>
        <div>
          <dt>{t('slot.where')}</dt>
          <dd>
            {slot.place && <span>{slot.place}</span>}
            {slot.meetingLink && (slot.myBookingId || slot.canManage) ? (
              <a href={slot.meetingLink}>{t('slot.join')}</a>
            ) : (
              slot.meetingLink && <span>{t('slot.online')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('slot.seats')}</dt>
          <dd>
            {slot.capacity > 1
              ? t('slot.seats_left', { count: slot.seatsLeft, capacity: slot.capacity })
              : t(slot.seatsLeft ? 'slot.individual' : 'slot.taken')}
          </dd>
        </div>
      </dl>
      {user.role === 'participant' &&
        (slot.myBookingId ? (
          <>
            <StatusMessage>{t('slot.booked')}</StatusMessage>
            <button type="button" className="button" onClick={() => cancel.mutate(slot.myBookingId!)} aria-disabled={cancel.isPending || undefined}>
              {t('slot.cancel')}
            </button>
          </>
        ) : (
          slot.seatsLeft > 0 && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => book.mutate(undefined)}
              aria-disabled={book.isPending || undefined}
            >
              {t('slot.book')}
            </button>
          )
        ))}
      <ErrorAlert error={book.error ?? cancel.error ?? remove.error} />
      {slot.canManage && (
        <>
          <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('slot.edit')}
          </button>
          {editing && <SlotForm edition={edition} slot={slot} onSaved={() => setEditing(false)} />}
          <h4>{t('slot.bookings', { count: slot.bookings?.length ?? 0 })}</h4>
          {slot.bookings?.length ? (
            <ul className="stack-tight">
              {slot.bookings.map((booking) => (
                <BookingNotes key={booking.id} booking={booking} editionId={slot.editionId} />
              ))}
            </ul>
          ) : null}
          {/* With bookings, a second press confirms: those who booked are emailed. */}
          {slot.bookings?.length && !confirming ? (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('slot.call_off')}
            </button>
          ) : (
            <>
              {confirming && <p>{t('slot.call_off_warning', { count: slot.bookings?.length ?? 0 })}</p>}
              <button type="button" className="button" onClick={() => remove.mutate(undefined)} aria-disabled={remove.isPending || undefined}>
                {confirming ? t('slot.call_off_confirm') : t('slot.delete')}
              </button>
            </>
          )}
        </>
      )}
    </li>
  );
}

/** A booking with the facilitator's notes (facilitators and organizers only ever get this part). */
function BookingNotes({ booking, editionId }: { booking: CoachingBooking; editionId: string }) {
  const { t } = useTranslation('coaching');
  const [notes, setNotes] = useState(booking.notes ?? '');
  const save = useCoachingChange(editionId, () => coachingApi.saveNotes(booking.id, notes));
  const fieldId = `notes-${booking.id}`;
  return (
    <li>
      <p>{booking.participant.name}</p>
      <div className="field">
        <label htmlFor={fieldId}>{t('slot.notes', { name: booking.participant.name })}</label>
        <textarea id={fieldId} rows={3} value={notes} maxLength={10_000} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <button type="button" className="button" onClick={() => save.mutate(undefined)}>
        {t('slot.save_notes')}
      </button>
      {save.isSuccess && <StatusMessage>{t('slot.notes_saved')}</StatusMessage>}
      <ErrorAlert error={save.error} />
    </li>
  );
}
