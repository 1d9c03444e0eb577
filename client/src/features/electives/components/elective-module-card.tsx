import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail, ElectiveChoice, ElectiveModule, Language } from '@sstc/shared';
import { localized } from '../../../lib/localized.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { SessionList } from '../../courses/components/session-list.js';

interface ElectiveModuleCardProps {
  edition: EditionDetail;
  module: ElectiveModule;
  /** The reader's seat or waitlist place in this module. */
  choice: ElectiveChoice | null;
  /** Joining this module's waitlist would give up a seat held in another module of the block. */
  holdsSeatElsewhere: boolean;
  open: boolean;
  pending: boolean;
  onChoose: (waitlist: boolean) => void;
  onLeave: () => void;
}

export function ElectiveModuleCard({ edition, module, choice, holdsSeatElsewhere, open, pending, onChoose, onLeave }: ElectiveModuleCardProps) {
  const { t, i18n } = useTranslation(['electives', 'courses']);
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const title = localized(module.title, language, edition.defaultLanguage);
  const description = localized(module.description, language, edition.defaultLanguage);
  const full = module.seatsLeft === 0;
  const headingId = `module-${module.id}`;
  const act = (handler: () => void) => () => !pending && handler();
  // A seat given up goes at once to the first person waiting, so the card asks first.
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const confirmId = `leave-${module.id}`;
  const itemLabel = t('courses:programme.item_label.elective_module', { number: module.number });
  // Every module has the same buttons: their accessible names carry the module, so that a list of
  // buttons (or a voice command) tells them apart. The visible text comes first (label in name).
  const named = (action: string) => (
    <>
      {action}
      <span className="visually-hidden">
        {' – '}
        {itemLabel}: <span lang={title.lang}>{title.value}</span>
      </span>
    </>
  );

  return (
    <article className={choice ? 'card module-card module-chosen' : 'card module-card'} aria-labelledby={headingId} data-testid="elective-module">
      <p className="eyebrow">{itemLabel}</p>
      <h3 id={headingId} lang={title.lang}>
        {title.value}
      </h3>
      {description.value && (
        <p className="description" lang={description.lang}>
          {description.value}
        </p>
      )}
      {module.facilitators.length > 0 && <p className="muted">{t('facilitated_by', { names: module.facilitators.map((f) => f.name).join(', ') })}</p>}
      <p className={full ? 'seats seats-full' : 'seats'} data-testid="seats">
        {full ? t('seats.full', { count: module.waitlisted }) : t('seats.left', { count: module.seatsLeft, capacity: module.capacity })}
      </p>
      <SessionList sessions={module.sessions} timeZone={user.timeZone} editionTimeZone={edition.timeZone} defaultLanguage={edition.defaultLanguage} />
      {choice && (
        <p className="badge badge-choice">
          {choice.status === 'seated' ? t('badge.seated') : t('badge.waitlisted', { position: choice.waitlistPosition })}
        </p>
      )}
      {open && (
        <div className="actions">
          {choice && confirming ? (
            <div role="group" aria-labelledby={`${confirmId}-title`} aria-describedby={`${confirmId}-text`} className="confirm stack-tight">
              <p id={`${confirmId}-title`}>
                <strong>{t('actions.leave_confirm_title')}</strong>
              </p>
              <p id={`${confirmId}-text`}>{module.waitlisted > 0 ? t('actions.leave_to_waitlist') : t('actions.leave_to_anyone')}</p>
              <p className="actions">
                <button
                  ref={confirmButton}
                  type="button"
                  className="button button-danger"
                  aria-disabled={pending || undefined}
                  onClick={act(() => (setConfirming(false), onLeave()))}
                >
                  {t('actions.leave_confirm')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('actions.leave_keep')}
                </button>
              </p>
            </div>
          ) : choice ? (
            <button
              type="button"
              className="button"
              aria-disabled={pending || undefined}
              onClick={act(choice.status === 'seated' ? () => setConfirming(true) : onLeave)}
            >
              {named(choice.status === 'seated' ? t('actions.leave') : t('actions.leave_waitlist'))}
            </button>
          ) : full ? (
            <>
              {holdsSeatElsewhere && <p className="note">{t('actions.waitlist_warning')}</p>}
              <button type="button" className="button" aria-disabled={pending || undefined} onClick={act(() => onChoose(true))}>
                {named(t('actions.join_waitlist'))}
              </button>
            </>
          ) : (
            <button type="button" className="button button-primary" aria-disabled={pending || undefined} onClick={act(() => onChoose(false))}>
              {named(t('actions.choose'))}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
