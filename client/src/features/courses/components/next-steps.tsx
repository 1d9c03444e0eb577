import { useTranslation } from '../../../lib/use-translation.js';
import { Link } from 'react-router';
import { PHASES, electiveWindow } from '@sstc/shared/values';
import type { EditionDetail, Language, Phase } from '@sstc/shared';
import { formatDate } from '../../../lib/format.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';

const SHOWN: Exclude<Phase, 'upcoming' | 'closed'>[] = ['pre_learning', 'face_to_face', 'post_learning'];

/** The three phases in order, the current one marked, and what the reader should do now. */
export function NextSteps({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation(['courses', 'common']);
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const selection = electiveWindow(edition);
  const hasElectives = edition.programme.some((item) => item.kind === 'elective_module');
  const current = PHASES.indexOf(edition.phase);
  return (
    <section aria-labelledby="next-steps" className="card stack-tight">
      <h2 id="next-steps">{t('overview.title')}</h2>
      <ol className="timeline">
        {SHOWN.map((phase) => (
          <li
            key={phase}
            aria-current={phase === edition.phase ? 'step' : undefined}
            className={PHASES.indexOf(phase) < current ? 'done' : undefined}
          >
            {t(`common:phases.${phase}`)}
            {phase === edition.phase && <span className="visually-hidden"> {t('overview.current')}</span>}
          </li>
        ))}
      </ol>
      <p>{user.role === 'participant' ? t(`overview.phase_intro.${edition.phase}`) : t(`overview.staff_intro.${edition.phase}`)}</p>
      {hasElectives && user.role === 'participant' && selection.state === 'open' && (
        <p>
          {t('overview.choose_electives', { date: formatDate(selection.deadline, language) })}{' '}
          <Link to={`/editions/${edition.id}/electives`}>{t('overview.electives_link')}</Link>
        </p>
      )}
      {hasElectives && selection.state === 'closed' && <p>{t('overview.electives_closed')}</p>}
      <p>
        <Link to={`/editions/${edition.id}/agenda`}>{user.role === 'participant' ? t('overview.agenda_link') : t('overview.agenda_link_staff')}</Link>
      </p>
    </section>
  );
}
