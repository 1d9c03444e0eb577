import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail, ElectiveBlock, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { StatusMessage } from '../../../components/status-message.js';
import { formatDate } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useChooseElective, useElectives } from '../hooks/use-electives.js';
import { ElectiveModuleCard } from './elective-module-card.js';

/** One module per block; seats left refresh every few seconds while the page is open. */
export function ElectiveChooser({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation('electives');
  const language = i18n.language as Language;
  const overview = useElectives(edition.id, { live: true });
  const choose = useChooseElective(edition.id);

  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  const { window: selection, blocks, canChoose } = overview.data;
  const open = canChoose && selection.state === 'open';
  const lastChoice =
    choose.isSuccess && choose.variables?.choice
      ? blocks.flatMap((b) => b.modules.map((m) => ({ m, choice: b.choice }))).find(({ m }) => m.id === choose.variables.itemId)
      : undefined;

  return (
    <>
      <p className={selection.state === 'open' ? undefined : 'note'} data-testid="elective-window">
        {t(`window.${selection.state}`, { deadline: formatDate(selection.deadline, language), opens: formatDate(selection.opensOn, language) })}
      </p>
      {canChoose && <p>{t('how_it_works')}</p>}
      <StatusMessage>
        {lastChoice?.choice
          ? t(lastChoice.choice.status === 'seated' ? 'result.seated' : 'result.waitlisted', {
              title: localized(lastChoice.m.title, language, edition.defaultLanguage).value,
              position: lastChoice.choice.waitlistPosition,
            })
          : choose.isSuccess && !choose.variables?.choice
            ? t('result.left')
            : null}
      </StatusMessage>
      <ErrorAlert error={choose.error} />
      {blocks.length === 0 && <p>{t('none')}</p>}
      {blocks.map((block) => (
        <BlockSection
          key={block.block}
          edition={edition}
          block={block}
          open={open}
          pending={choose.isPending}
          onChoose={(itemId, waitlist) => choose.mutate({ itemId, choice: { itemId, waitlist } })}
          onLeave={(itemId) => choose.mutate({ itemId, choice: null })}
        />
      ))}
    </>
  );
}

interface BlockSectionProps {
  edition: EditionDetail;
  block: ElectiveBlock;
  open: boolean;
  pending: boolean;
  onChoose: (itemId: string, waitlist: boolean) => void;
  onLeave: (itemId: string) => void;
}

function BlockSection({ edition, block, open, pending, onChoose, onLeave }: BlockSectionProps) {
  const { t, i18n } = useTranslation('electives');
  const language = i18n.language as Language;
  const chosen = block.modules.find((m) => m.id === block.choice?.itemId);
  const chosenTitle = chosen && localized(chosen.title, language, edition.defaultLanguage).value;
  return (
    <section aria-labelledby={`block-${block.block}`} className="stack-tight" data-testid="elective-block">
      <h2 id={`block-${block.block}`}>{t('block', { block: block.block })}</h2>
      <p className="muted">
        {!block.choice
          ? t('your_choice.none')
          : block.choice.status === 'seated'
            ? t('your_choice.seated', { title: chosenTitle })
            : t('your_choice.waitlisted', { title: chosenTitle, position: block.choice.waitlistPosition })}
      </p>
      <ul className="item-list">
        {block.modules.map((module) => (
          <li key={module.id}>
            <ElectiveModuleCard
              edition={edition}
              module={module}
              choice={block.choice?.itemId === module.id ? block.choice : null}
              holdsSeatElsewhere={!!block.choice && block.choice.itemId !== module.id && block.choice.status === 'seated'}
              open={open}
              pending={pending}
              onChoose={(waitlist) => onChoose(module.id, waitlist)}
              onLeave={() => onLeave(module.id)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
