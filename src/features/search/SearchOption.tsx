// One option of the results listbox: a feature (kind colour and name), a place, or a plan-text hit.
import { titleQuoted } from '../../lib/i18n/plan-title';
import type { Lang } from '../../lib/catalogue/catalogue-types';
import type { SearchDocumentEntry } from '../../lib/search/search-index-types';
import type { SearchOption as Option } from '../../lib/search/search-options';
import { kindStyle } from '../../lib/style/kind-styles';
import { ts } from './search-strings';
import { DescriptiveName } from '../../components/DescriptiveName';

interface Props { id: string; option: Option; active: boolean; lang: Lang; plans: SearchDocumentEntry[]; onChoose(): void; onHover(): void }

export function SearchOption({ id, option, active, lang, plans, onChoose, onHover }: Props) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-option search-option-${option.type}${active ? ' active' : ''}`}
      // Keep the focus in the box: the click that follows chooses.
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={onHover}
      onClick={onChoose}
    >
      <OptionBody option={option} lang={lang} plans={plans} />
    </li>
  );
}

function OptionBody({ option, lang, plans }: { option: Option; lang: Lang; plans: SearchDocumentEntry[] }) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  if (option.type === 'text') {
    const plan = plans.find((p) => p.id === option.hit.doc);
    return (
      <>
        <span className="search-snippet" lang="zh-CN">{option.hit.before}<mark>{option.hit.quote}</mark>{option.hit.after}</span>
        <span className="search-meta">{plan ? titleQuoted(plan.short[lang], lang) : option.hit.doc}</span>
      </>
    );
  }
  if (option.type === 'frame') {
    const plan = plans.find((p) => p.id === option.item.seed);
    return (
      <>
        <span className="search-frame-mark" aria-hidden="true">▦</span>
        <span className="search-name">
          <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{lang === 'zh' ? option.item.zh : option.item.en}</span>
          <span className="search-alt" lang={other === 'zh' ? 'zh-CN' : 'en'}>{other === 'zh' ? option.item.zh : option.item.en}</span>
        </span>
        <span className="search-meta">{ts(lang, 'frame')}{plan ? ` · ${titleQuoted(plan.short[lang], lang)}` : ''}</span>
      </>
    );
  }
  const { item } = option;
  const kind = option.type === 'feature' ? kindStyle(option.item.kind).label[lang] : ts(lang, option.item.kind);
  const where = option.type === 'place' && option.item.prefecture ? ` · ${option.item.prefecture[lang]}` : '';
  return (
    <>
      {option.type === 'feature'
        ? <span className="search-swatch" style={{ background: kindStyle(option.item.kind).color }} aria-hidden="true" />
        : <span className="search-pin" aria-hidden="true" />}
      <span className="search-name">
        <span lang={lang === 'zh' ? 'zh-CN' : 'en'}><DescriptiveName descriptive={option.type === 'feature' && option.item.descriptive}>{lang === 'zh' ? item.zh : item.en}</DescriptiveName></span>
        <span className="search-alt" lang={other === 'zh' ? 'zh-CN' : 'en'}>{other === 'zh' ? item.zh : item.en}</span>
      </span>
      <span className="search-meta">{kind}{where}</span>
    </>
  );
}
