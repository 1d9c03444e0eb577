import { useTranslation } from '../../../lib/use-translation.js';
import { NavLink } from 'react-router';

/** The header's link to the surveys pages. */
export function SurveysNavLink() {
  const { t } = useTranslation('surveys');
  return <NavLink to="/surveys">{t('nav')}</NavLink>;
}
