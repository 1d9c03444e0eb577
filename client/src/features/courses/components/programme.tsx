import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail, ProgrammeItem, ProgrammeItemKind } from '@sstc/shared';
import { ProgrammeItemCard } from './programme-item.js';

function byNumber(a: ProgrammeItem, b: ProgrammeItem): number {
  return a.number - b.number;
}

function ofKind(items: ProgrammeItem[], kind: ProgrammeItemKind): ProgrammeItem[] {
  return items.filter((item) => item.kind === kind).sort(byNumber);
}

/** Electives by block (a participant picks one module per block); modules without a block last. */
function byBlock(items: ProgrammeItem[]): [string | null, ProgrammeItem[]][] {
  const blocks = new Map<string | null, ProgrammeItem[]>();
  for (const item of items) blocks.set(item.block, [...(blocks.get(item.block) ?? []), item]);
  const collator = new Intl.Collator(undefined, { numeric: true });
  return [...blocks.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
}

interface ProgrammeProps {
  edition: EditionDetail;
  timeZone: string;
}

export function Programme({ edition, timeZone }: ProgrammeProps) {
  const { t } = useTranslation('courses');
  const panels = ofKind(edition.programme, 'panel');
  const mandatory = ofKind(edition.programme, 'mandatory_module');
  const electives = ofKind(edition.programme, 'elective_module');
  const card = (item: ProgrammeItem, level: 3 | 4 | 5) => (
    <li key={item.id}>
      <ProgrammeItemCard item={item} level={level} defaultLanguage={edition.defaultLanguage} timeZone={timeZone} editionTimeZone={edition.timeZone} />
    </li>
  );

  return (
    <section data-testid="programme" aria-labelledby="programme-title" className="programme">
      <h2 id="programme-title">{t('programme.title')}</h2>
      {edition.programme.length === 0 && <p>{t('programme.empty')}</p>}
      {panels.length > 0 && (
        <section aria-labelledby="programme-panels">
          <h3 id="programme-panels">{t('programme.panels')}</h3>
          <p className="muted">{t('programme.panels_intro')}</p>
          <ul className="item-list">{panels.map((item) => card(item, 4))}</ul>
        </section>
      )}
      {mandatory.length > 0 && (
        <section aria-labelledby="programme-mandatory">
          <h3 id="programme-mandatory">{t('programme.mandatory_modules')}</h3>
          <p className="muted">{t('programme.mandatory_modules_intro')}</p>
          <ul className="item-list">{mandatory.map((item) => card(item, 4))}</ul>
        </section>
      )}
      {electives.length > 0 && (
        <section aria-labelledby="programme-electives">
          <h3 id="programme-electives">{t('programme.elective_modules')}</h3>
          <p className="muted">{t('programme.elective_modules_intro')}</p>
          {byBlock(electives).map(([block, items]) =>
            block === null ? (
              <ul key="" className="item-list">
                {items.map((item) => card(item, 4))}
              </ul>
            ) : (
              <section key={block} className="block" aria-label={t('programme.block', { block })}>
                <h4>{t('programme.block', { block })}</h4>
                <ul className="item-list">{items.map((item) => card(item, 5))}</ul>
              </section>
            ),
          )}
        </section>
      )}
    </section>
  );
}
