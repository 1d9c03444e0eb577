import type { EditionDetail } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useCoachingSlots } from '../hooks/use-coaching.js';
import { SlotCard } from './slot-card.js';
import { SlotForm } from './slot-form.js';

/** Coaching in the post-learning tab: participants book (recommended slots first), facilitators publish and keep notes. */
export function CoachingSection({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation('coaching');
  const user = useSignedInUser();
  const slots = useCoachingSlots(edition.id);
  const items = slots.data?.items ?? [];
  const recommended = items.filter((slot) => slot.recommended);
  const others = items.filter((slot) => !slot.recommended);
  const list = (shown: typeof items) => (
    <ul className="stack" aria-live="polite">
      {shown.map((slot) => (
        <SlotCard key={slot.id} slot={slot} edition={edition} />
      ))}
    </ul>
  );
  return (
    <section className="stack" aria-labelledby="coaching-title">
      <h2 id="coaching-title">{t('title')}</h2>
      <p className="muted">{t(`intro.${user.role}`)}</p>
      {user.role === 'facilitator' && <SlotForm edition={edition} />}
      {slots.isPending ? (
        <Loading />
      ) : slots.isError ? (
        <ErrorAlert error={slots.error} />
      ) : items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : recommended.length > 0 ? (
        <>
          <h3>{t('recommended')}</h3>
          <p className="muted">{t('recommended_why')}</p>
          {list(recommended)}
          {others.length > 0 && <h3>{t('other_slots')}</h3>}
          {others.length > 0 && list(others)}
        </>
      ) : (
        list(items)
      )}
    </section>
  );
}
