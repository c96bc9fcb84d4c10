// The data sources with their licences and attribution, and the disclaimer on boundaries.
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { loadSources, type SourceEntry } from '../../data/load-data';

export function SourcesPanel() {
  const lang = useAtlasStore((s) => s.lang);
  const [sources, setSources] = useState<SourceEntry[] | null>(null);
  useEffect(() => {
    loadSources().then(setSources, () => setSources([]));
  }, []);
  return (
    <div className="sources-panel">
      <p className="disclaimer">{t(lang, 'disclaimer')}</p>
      {sources === null ? <p>{t(lang, 'loading')}</p> : (
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>{s.version ? ` ${s.version}` : ''} — {s.licence}
              {s.what && <div>{s.what}</div>}
              {s.attribution && <div className="attribution">{s.attribution}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
