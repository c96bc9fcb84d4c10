import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
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
            <span className="basis-tag">{t(lang, p.basis)}</span> {p.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
