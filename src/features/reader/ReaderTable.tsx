// A 专栏 table rebuilt from the export's lines, as a real table: caption, header cells (with the
// headings over several columns), one row header per row, cells spanning rows where the source cell
// does (a category), sideways scrolling on a narrow screen. The damage is flagged once, with what
// the rebuild repaired.
import { memo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import type { DocumentTable, PlanDocument, TableCell, TableRow } from '../../lib/documents/document-types';
import { markRuns } from './reading-blocks';
import { repairText, tt } from './table-strings';
import './reader-table.css';

interface Props { doc: PlanDocument; table: DocumentTable; activeParagraph?: string; quote?: string; term: string }

const sameSource = (a: TableCell, b: TableCell) => a.parts.length > 0 && JSON.stringify(a.parts) === JSON.stringify(b.parts);
const rowParagraphs = (row: TableRow) => [...new Set(row.cells.flatMap((c) => c.parts.map((p) => p.paragraphId)))];

/** Rows each cell spans: 0 where a cell above covers it (the same source cell, e.g. 经济发展). */
function rowSpans(rows: TableRow[]): number[][] {
  const spans = rows.map((r) => r.cells.map(() => 1));
  const head: (number | undefined)[] = []; // per column: the row whose cell may span down to here
  rows.forEach((row, r) => {
    if (row.kind === 'section') { head.length = 0; return; }
    row.cells.forEach((cell, c) => {
      const top = head[c];
      if (top !== undefined && sameSource(rows[top]!.cells[c]!, cell)) {
        spans[top]![c]! += 1;
        spans[r]![c] = 0;
      } else head[c] = r;
    });
  });
  return spans;
}

/** The column that names the row: the one with the longest texts (指标, 指标名称). */
function rowHeaderColumn(table: DocumentTable): number {
  const length = table.columns.map((_, c) => table.rows.reduce((n, r) => n + (r.kind === 'section' ? 0 : r.cells[c]!.text.length), 0));
  return length.indexOf(Math.max(...length));
}

function Text({ text, quote, term }: { text: string; quote?: string; term: string }) {
  return <>{markRuns(text, quote, term).map((r, i) => (r.mark ? <mark key={i} className={`mark-${r.mark}`}>{r.text}</mark> : r.text))}</>;
}

export const ReaderTable = memo(function ReaderTable({ doc, table, activeParagraph, quote, term }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const openReader = useAtlasStore((s) => s.openReader);
  const spans = rowSpans(table.rows);
  const named = rowHeaderColumn(table);
  const inRows = new Set(table.rows.flatMap(rowParagraphs));
  const grouped = (c: number) => table.columnGroups.find((g) => c >= g.from && c < g.from + g.span);
  const captionId = `${doc.id}-${table.id}-caption`;
  return (
    <figure className="reader-table" data-table={table.id} data-paragraphs={table.paragraphIds.filter((id) => !inRows.has(id)).join(' ')} tabIndex={-1}>
      <div className="reader-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} title={tt(lang, 'scrollHint')}>
        <table>
          <caption id={captionId}>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((col, c) => {
                const group = grouped(c);
                if (group) return group.from === c ? <th key={c} scope="colgroup" colSpan={group.span}>{group.cell.text}</th> : null;
                return <th key={c} scope="col" rowSpan={table.columnGroups.length ? 2 : 1}>{col.text}</th>;
              })}
            </tr>
            {table.columnGroups.length > 0 && (
              <tr>{table.columns.map((col, c) => (grouped(c) ? <th key={c} scope="col">{col.text}</th> : null))}</tr>
            )}
          </thead>
          <tbody>
            {table.rows.map((row, r) => {
              const paragraphs = rowParagraphs(row);
              const active = !!activeParagraph && paragraphs.includes(activeParagraph);
              const open = () => !active && openReader({ doc: doc.id, paragraph: paragraphs.at(-1)! });
              if (row.kind === 'section') {
                return (
                  <tr key={r} className="section" data-paragraphs={paragraphs.join(' ')} tabIndex={-1}>
                    <th scope="rowgroup" colSpan={table.columns.length}><Text text={row.cells[0]!.text} quote={active ? quote : undefined} term={term} /></th>
                  </tr>
                );
              }
              return (
                <tr key={r} className={`${row.kind}${active ? ' active' : ''}`} data-paragraphs={paragraphs.join(' ')} tabIndex={-1} onClick={open}>
                  {row.cells.map((cell, c) => {
                    const span = spans[r]![c]!;
                    if (span === 0) return null;
                    const content = <Text text={cell.text} quote={active ? quote : undefined} term={term} />;
                    return c === named
                      ? <th key={c} scope="row" rowSpan={span > 1 ? span : undefined}>{content}</th>
                      : <td key={c} rowSpan={span > 1 ? span : undefined}>{content}</td>;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <figcaption className="flag" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {tt(lang, 'tableDamaged')} {table.repairs.length > 0 && <>{tt(lang, 'repaired')}{table.repairs.map((r) => repairText(lang, r)).join(lang === 'zh' ? '；' : '; ')}{lang === 'zh' ? '。' : '.'}</>}
      </figcaption>
    </figure>
  );
});
