// The glossary view: every term with its explanation (ours, and labelled so) and basis, filtered as one types.
import { useId, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { defineStrings } from '../../lib/i18n/define-strings';
import { useGlossary } from '../../components/glossary-context';
import './glossary-list.css';

const tl = defineStrings({
  glossary: { zh: '术语表', en: 'Glossary' },
  filter: { zh: '查找术语', en: 'Find a term' },
  none: { zh: '没有匹配的术语', en: 'No term matches' },
  basis: { zh: '依据：', en: 'Basis: ' },
});

export function GlossaryList() {
  const lang = useAtlasStore((s) => s.lang);
  const { glossary } = useGlossary();
  const [query, setQuery] = useState('');
  const inputId = useId();
  if (!glossary) return null;
  const q = query.trim().toLowerCase();
  const shown = glossary.terms.filter((t) => !q || [t.term, t.en, t.definition.zh, t.definition.en].some((s) => s.toLowerCase().includes(q)));
  return (
    <section className="glossary-list" aria-labelledby={`${inputId}-h`}>
      <h3 id={`${inputId}-h`}>{tl(lang, 'glossary')}</h3>
      <p className="glossary-about">{glossary.about[lang]}</p>
      <label htmlFor={inputId} className="visually-hidden">{tl(lang, 'filter')}</label>
      <input id={inputId} type="search" placeholder={tl(lang, 'filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
      {shown.length ? (
        <dl>
          {shown.map((t) => (
            <div key={t.term}>
              <dt><span lang="zh-CN">{t.term}</span> · <span lang="en">{t.en}</span></dt>
              <dd>
                {t.definition[lang]}
                {t.source && <span className="glossary-source"> {tl(lang, 'basis')}{t.source[lang]}</span>}
              </dd>
            </div>
          ))}
        </dl>
      ) : <p>{tl(lang, 'none')}</p>}
    </section>
  );
}
