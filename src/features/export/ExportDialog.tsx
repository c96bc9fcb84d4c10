// Export and print: a PNG of the current view drawn by renderExport, or a print layout (A4/A3 landscape)
// with the cited quotes as numbered footnotes. Both wait until the map has finished drawing.
import { useEffect, useRef, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { loadSources, type PlanSummary, type SourceEntry } from '../../data/load-data';
import { mapReady } from './map-ready';
import { exportContent, type ExportContent } from './export-content';
import { renderExport } from './render-export';
import { PrintView, type Paper } from './PrintView';
import { es } from './export-strings';
import { useKeyActions } from '../../components/key-dispatch';
import './export.css';

interface Props { getMap: () => MaplibreMap | null; plans: PlanSummary[]; onClose: () => void }

/** The data sources for the credits (loaded once, by the data cache); none when they cannot load. */
const sourcesOrNone = (): Promise<SourceEntry[]> => loadSources().catch(() => []);

export default function ExportDialog({ getMap, plans, onClose }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const [status, setStatus] = useState<'idle' | 'waiting' | 'done' | 'failed'>('idle');
  const [preview, setPreview] = useState<string | null>(null);
  const [print, setPrint] = useState<{ paper: Paper; image: string; content: ExportContent } | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => { dialog.current?.querySelector('button')?.focus(); }, []);
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);
  useKeyActions('dialog', { closeDialog: onClose }, { modal: true });

  /** Waits for the map (and fonts), then draws. */
  const draw = async (withText: boolean, maxNotes: number) => {
    const map = getMap();
    if (!map) throw new Error('no map');
    setStatus('waiting');
    const [sources] = await Promise.all([sourcesOrNone(), mapReady(map)]);
    const b = map.getBounds();
    const content = exportContent(useAtlasStore.getState(), [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]], plans, sources, maxNotes);
    return { canvas: renderExport(map, content, lang, withText), content };
  };

  const png = async () => {
    try {
      const { canvas } = await draw(true, 6);
      const blob = await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('toBlob'))), 'image/png'));
      const url = URL.createObjectURL(blob);
      setPreview(url);
      const a = document.createElement('a');
      a.href = url;
      a.download = `shanxi-plan-atlas-${new Date().toISOString().slice(0, 10)}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };

  const printPaper = async (paper: Paper) => {
    try {
      const { canvas, content } = await draw(false, 20);
      setPrint({ paper, image: canvas.toDataURL('image/png'), content });
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
      <div className="export-backdrop" onClick={onClose} />
      <div className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" ref={dialog}>
        <div className="panel-head">
          <h2 id="export-title">{es(lang, 'export')}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={es(lang, 'close')}>×</button>
        </div>
        <div className="export-actions">
          <button type="button" onClick={png} disabled={status === 'waiting'}>{es(lang, 'png')}</button>
          <button type="button" onClick={() => printPaper('A4')} disabled={status === 'waiting'}>{es(lang, 'printA4')}</button>
          <button type="button" onClick={() => printPaper('A3')} disabled={status === 'waiting'}>{es(lang, 'printA3')}</button>
        </div>
        <p className="export-status" role="status">
          {status === 'waiting' ? es(lang, 'waiting') : status === 'done' ? es(lang, 'done') : status === 'failed' ? es(lang, 'failed') : ''}
        </p>
        {preview && <img className="export-preview" src={preview} alt={es(lang, 'preview')} data-testid="export-preview" />}
      </div>
      {print && <PrintView {...print} lang={lang} onDone={() => setPrint(null)} />}
    </>
  );
}
