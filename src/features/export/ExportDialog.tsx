// Export and print: a PNG of the current view drawn by renderExport, or a print layout (A4/A3 landscape)
// with the cited quotes as numbered footnotes. Both wait until the map has finished drawing.
import { useEffect, useRef, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { loadSources, type PlanSummary, type SourceEntry } from '../../data/load-data';
import { loadPlaceUnits } from '../../data/load-places';
import type { Names } from '../../lib/catalogue/catalogue-types';
import { mapReady } from './map-ready';
import { exportContent, type ExportContent } from './export-content';
import { renderExport } from './render-export';
import { PrintView, type Paper } from './PrintView';
import { es } from './export-strings';
import { useKeyActions } from '../../components/key-dispatch';
import { shareLink } from '../../components/share-link';
import './export.css';

interface Props { getMap: () => MaplibreMap | null; plans: PlanSummary[]; onClose: () => void }

/** The data sources for the credits (loaded once, by the data cache); none when they cannot load. */
const sourcesOrNone = (): Promise<SourceEntry[]> => loadSources().catch(() => []);

/** The open place's names, for its sheet's title (none for other subjects, or when the outlines cannot load). */
async function placeName(): Promise<Names | undefined> {
  const subject = useAtlasStore.getState().subject;
  if (subject?.kind !== 'place') return undefined;
  const units = await loadPlaceUnits().catch(() => []);
  return units.find((u) => u.id === subject.id)?.name;
}

/** 297 mm (A4 landscape) at 300 dpi. */
const A4_300DPI_PX = Math.round((297 / 25.4) * 300);

export default function ExportDialog({ getMap, plans, onClose }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const [status, setStatus] = useState<'idle' | 'waiting' | 'done' | 'failed'>('idle');
  const [preview, setPreview] = useState<string | null>(null);
  const [previewText, setPreviewText] = useState('');
  const [print, setPrint] = useState<{ paper: Paper; image: string; content: ExportContent } | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => { dialog.current?.querySelector('button')?.focus(); }, []);
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);
  useKeyActions('dialog', { closeDialog: onClose }, { modal: true });

  /**
   * Waits for the map (and fonts), then draws. `widthPx` asks for an image that many pixels wide: the
   * map is drawn again at the pixel ratio that gives it, then set back to the screen's.
   */
  const draw = async (withText: boolean, maxNotes: number, widthPx?: number) => {
    const map = getMap();
    if (!map) throw new Error('no map');
    setStatus('waiting');
    const screenRatio = map.getPixelRatio();
    if (widthPx) map.setPixelRatio(widthPx / map.getCanvas().clientWidth);
    try {
      const [sources, place] = await Promise.all([sourcesOrNone(), placeName(), mapReady(map)]);
      const b = map.getBounds();
      const content = { ...exportContent(useAtlasStore.getState(), [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]], plans, sources, maxNotes, place), link: shareLink() };
      return { ...renderExport(map, content, lang, withText), content };
    } finally {
      if (widthPx) map.setPixelRatio(screenRatio);
    }
  };

  const png = async (widthPx?: number) => {
    try {
      const { canvas, text } = await draw(true, 6, widthPx);
      setPreviewText(text.join(' '));
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

  /** Twice the map's width in CSS pixels. */
  const map2x = () => 2 * (getMap()?.getCanvas().clientWidth ?? 0);

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
          <button type="button" onClick={() => png()} disabled={status === 'waiting'}>{es(lang, 'png')}</button>
          <button type="button" onClick={() => png(map2x())} disabled={status === 'waiting'}>{es(lang, 'png2x')}</button>
          <button type="button" onClick={() => png(A4_300DPI_PX)} disabled={status === 'waiting'}>{es(lang, 'pngPrint')}</button>
          <button type="button" onClick={() => printPaper('A4')} disabled={status === 'waiting'}>{es(lang, 'printA4')}</button>
          <button type="button" onClick={() => printPaper('A3')} disabled={status === 'waiting'}>{es(lang, 'printA3')}</button>
        </div>
        <p className="export-status" role="status">
          {status === 'waiting' ? es(lang, 'waiting') : status === 'done' ? es(lang, 'done') : status === 'failed' ? es(lang, 'failed') : ''}
        </p>
        {preview && <img className="export-preview" src={preview} alt={`${es(lang, 'preview')}: ${previewText}`} data-testid="export-preview" />}
      </div>
      {print && <PrintView {...print} lang={lang} onDone={() => setPrint(null)} />}
    </>
  );
}
