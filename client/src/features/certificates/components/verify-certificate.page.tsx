import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { normalizeCertificateCode } from '@sstc/shared/values';
import type { CertificateVerification, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { ApiError } from '../../../lib/api.js';
import { formatDate, formatDateRange, formatNumber } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useCertificateVerification } from '../hooks/use-certificates.js';

/** The address printed on every certificate: anyone checks a code without signing in. */
export function VerifyCertificatePage() {
  const { t } = useTranslation('certificates');
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const verification = useCertificateVerification(code);
  usePageTitle(t('verify.title'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/verify/${normalizeCertificateCode(typed)}`);
  };
  return (
    <div className="stack narrow-wide">
      <h1>{t('verify.title')}</h1>
      <form className="inline-form" onSubmit={submit} role="search">
        <div className="field">
          <label htmlFor="verify-code">{t('verify.code')}</label>
          <input
            id="verify-code"
            value={typed}
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
            required
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('verify.check')}
        </button>
      </form>
      {!code ? null : verification.isPending ? (
        <Loading />
      ) : verification.isError ? (
        verification.error instanceof ApiError && verification.error.status === 404 ? (
          <div className="alert alert-error" role="alert">
            <p>{t('verify.unknown', { code })}</p>
          </div>
        ) : (
          <ErrorAlert error={verification.error} />
        )
      ) : (
        <Verified verification={verification.data} />
      )}
    </div>
  );
}

function Verified({ verification }: { verification: CertificateVerification }) {
  const { t, i18n } = useTranslation(['certificates', 'courses']);
  const language = i18n.language as Language;
  const { facts } = verification;
  const local = (text: Parameters<typeof localized>[0]) => localized(text, language, facts.defaultLanguage);
  const hours = (minutes: number) => formatNumber(Math.round(minutes / 6) / 10, language);
  const edition = local(facts.editionTitle);
  return (
    <section className="card stack-tight" aria-labelledby="verified-title" data-testid="verified-certificate">
      {verification.revokedAt ? (
        <div className="alert alert-error" role="alert">
          <p>
            {t('verify.revoked', { date: formatDate(verification.revokedAt.slice(0, 10), language), reason: verification.revocationReason ?? '' })}
          </p>
        </div>
      ) : (
        <div className="alert alert-success" role="status">
          <p>{t('verify.valid')}</p>
        </div>
      )}
      <h2 id="verified-title">{facts.holderName}</h2>
      <dl className="facts">
        <div>
          <dt>{t('verify.edition')}</dt>
          <dd lang={edition.lang}>{edition.value}</dd>
        </div>
        <div>
          <dt>{t('verify.held')}</dt>
          <dd>
            {local(facts.venue).value}, {formatDateRange(facts.faceToFaceStart, facts.faceToFaceEnd, language)}
          </dd>
        </div>
        {facts.modules.length > 0 && (
          <div>
            <dt>{t('verify.modules')}</dt>
            <dd>
              <ul>
                {facts.modules.map((module) => (
                  <li key={`${module.kind}-${module.number}`}>
                    {t(`courses:programme.item_label.${module.kind}`, { number: module.number })}: {local(module.title).value}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('verify.hours')}</dt>
          <dd>{t('verify.hours_value', { preLearning: hours(facts.preLearningMinutes), faceToFace: hours(facts.faceToFaceMinutes) })}</dd>
        </div>
        <div>
          <dt>{t('verify.issued')}</dt>
          <dd>
            {formatDate(verification.issuedAt.slice(0, 10), language)} · {verification.code}
          </dd>
        </div>
      </dl>
    </section>
  );
}
