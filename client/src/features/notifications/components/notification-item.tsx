import { Link } from 'react-router';
import type { Language, Notification } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { RelativeTime } from '../../discussions/components/relative-time.js';

const REVIEW_STEPS = ['submitted', 'commented', 'changes_requested', 'published'] as const;
const reviewStep = (detail: string | null) => REVIEW_STEPS.find((step) => step === detail) ?? 'submitted';

/** One notification: what happened as one sentence in the reader's language, its excerpt, when; unread ones stand out. */
export function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const { t, i18n } = useTranslation('notifications');
  const title = item.title ? localized(item.title, i18n.language as Language, 'en').value : '';
  const params = { name: item.actor?.name ?? '', title };
  const text =
    item.kind === 'practice_review'
      ? t(`details.practice_review.${reviewStep(item.detail)}`, params)
      : item.kind === 'coaching_booking'
        ? t(`details.coaching_booking.${item.detail === 'cancelled' ? 'cancelled' : 'booked'}`, params)
        : t(`kinds.${item.kind}`, params);
  return (
    <li className={item.readAt ? 'notification notification-item' : 'notification notification-item notification-unread'} data-testid="notification">
      <Link to={item.link || '/notifications'} onClick={() => onOpen(item)}>
        {!item.readAt && <span className="visually-hidden">{t('unread_label')} </span>}
        {text}
      </Link>
      {item.excerpt && <p className="muted small">{item.excerpt}</p>}
      <p className="muted small">
        <RelativeTime at={item.createdAt} />
      </p>
    </li>
  );
}
