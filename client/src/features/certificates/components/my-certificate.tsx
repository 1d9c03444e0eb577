import type { Language } from '@sstc/shared';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatDate } from '../../../lib/format.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { certificatePdfUrl } from '../api/certificates.api.js';
import { useClaimCertificate, useMyCertificate } from '../hooks/use-certificates.js';
import { RequirementList } from './requirement-list.js';

/** A participant's certificate of participation on the edition page: what is left to do, then the PDF. */
export function MyCertificate({ editionId }: { editionId: string }) {
  const { t, i18n } = useTranslation('certificates');
  const language = i18n.language as Language;
  const mine = useMyCertificate(editionId, true);
  const claim = useClaimCertificate(editionId);
  if (mine.isPending) return null;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  const { standing, certificate, requirements } = mine.data;
  return (
    <section className="card stack-tight" aria-labelledby="my-certificate-title">
      <h2 id="my-certificate-title">{t('mine.title')}</h2>
      {standing === 'issued' && certificate ? (
        <>
          <p>{t('mine.issued_on', { date: formatDate(certificate.issuedAt.slice(0, 10), language) })}</p>
          <p>
            <a className="button button-primary" href={certificatePdfUrl(certificate.id, language)} download>
              {t('mine.download')}
            </a>
          </p>
          <p>
            {t('mine.code', { code: certificate.code })} · <Link to={`/verify/${certificate.code}`}>{t('mine.verify_link')}</Link>
          </p>
        </>
      ) : standing === 'revoked' ? (
        <p>{t('mine.revoked', { reason: certificate?.revocationReason ?? '' })}</p>
      ) : (
        <>
          <p>{t(standing === 'eligible' ? 'mine.eligible' : 'mine.intro')}</p>
          <RequirementList requirements={requirements} />
          {standing === 'eligible' && (
            <p>
              <button
                type="button"
                className="button button-primary"
                aria-disabled={claim.isPending || undefined}
                onClick={() => !claim.isPending && claim.mutate()}
              >
                {t('mine.take')}
              </button>
            </p>
          )}
          <ErrorAlert error={claim.error} />
        </>
      )}
    </section>
  );
}
