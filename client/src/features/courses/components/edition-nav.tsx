import { useTranslation } from '../../../lib/use-translation.js';
import { NavLink } from 'react-router';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';

const EVERYONE = ['learning', 'electives', 'agenda', 'post-learning'] as const;
const FACILITATORS = ['attendance'] as const;
const ORGANIZERS = ['programme', 'cohorts', 'enrolments', 'import', 'sends', 'attendance', 'certificates', 'settings'] as const;

/** The pages of one edition; facilitators also mark attendance, organizers get the pages that set it up. */
export function EditionNav({ editionId }: { editionId: string }) {
  const { t } = useTranslation('courses');
  const user = useSignedInUser();
  const pages = user.role === 'organizer' ? [...EVERYONE, ...ORGANIZERS] : user.role === 'facilitator' ? [...EVERYONE, ...FACILITATORS] : EVERYONE;
  const base = `/editions/${editionId}`;
  return (
    <nav aria-label={t('nav.label')} className="tabs">
      <ul>
        <li>
          <NavLink to={base} end>
            {t('nav.overview')}
          </NavLink>
        </li>
        {pages.map((page) => (
          <li key={page}>
            <NavLink to={`${base}/${page}`}>{t(`nav.${page}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
