// The data sources with their licences and attribution, the disclaimer on boundaries, and the glossary.
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { LocalText } from '../../components/LocalText';
import { loadSources, type SourceEntry } from '../../data/load-data';
import { GlossaryList } from './GlossaryList';
import { OnlineBasemapForm } from './OnlineBasemapForm';

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
              <strong><LocalText text={s.name[lang]} lang={lang} /></strong>{s.version ? ` ${s.version}` : ''} — <LocalText text={s.licence[lang]} lang={lang} />
              {s.what && <div><LocalText text={s.what[lang]} lang={lang} /></div>}
              {/* The credit line as the licence asks for it, not translated. */}
              {s.attribution && <div className="attribution" translate="no">{s.attribution}</div>}
            </li>
          ))}
        </ul>
      )}
      <OnlineBasemapForm />
      <GlossaryList />
    </div>
  );
}
