import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail } from '@sstc/shared';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { EditionShell } from '../../courses/components/edition-shell.js';
import { ElectiveChooser } from './elective-chooser.js';
import { ElectiveFillView } from './elective-fill.js';

export function ElectivesPage() {
  const { t } = useTranslation('electives');
  return <EditionShell page={t('title')}>{(edition) => <Electives edition={edition} />}</EditionShell>;
}

function Electives({ edition }: { edition: EditionDetail }) {
  const user = useSignedInUser();
  return user.role === 'organizer' ? <ElectiveFillView edition={edition} /> : <ElectiveChooser edition={edition} />;
}
