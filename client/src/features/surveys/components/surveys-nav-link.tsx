import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The header's link to the surveys pages. */
export function SurveysNavLink() {
  const { t } = useTranslation('surveys');
  return <NavLink to="/surveys">{t('nav')}</NavLink>;
}
