import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { textIn } from '../../lib/i18n/bilingual-text';
import { LocalText } from '../../components/LocalText';
import type { Provenance } from '../../lib/catalogue/catalogue-types';

/** What is quoted, what is derived and what is external knowledge: each marked differently. */
export function ProvenanceList({ provenance }: { provenance: Provenance[] }) {
  const lang = useAtlasStore((s) => s.lang);
  if (!provenance.length) return null;
  return (
    <div className="facts">
      <h3>{t(lang, 'provenance')}</h3>
      <ul className="provenance">
        {provenance.map((p, i) => (
          <li key={i} className={`basis basis-${p.basis}`}>
            <span className="basis-tag">{t(lang, p.basis)}</span> <LocalText text={textIn(p.note, lang) ?? ''} lang={lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}
