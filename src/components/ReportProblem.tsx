// "Report a problem": a link to a prefilled e-mail or issue form about one item (src/lib/share/feedback-url.ts).
// Shown only in a build made with ATLAS_FEEDBACK; the app sends nothing itself.
import buildOptions from 'virtual:build-options';
import type { MouseEvent } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { defineStrings } from '../lib/i18n/define-strings';
import { feedbackUrl, type FeedbackItem } from '../lib/share/feedback-url';
import { shareLink } from './share-link';

const tr = defineStrings({
  report: { zh: '报告问题', en: 'Report a problem' },
  reportTip: { zh: '打开预先填好的邮件或问题表单，由您发送', en: 'Opens a prefilled e-mail or issue form; you send it' },
});

export function ReportProblem({ item }: { item: Omit<FeedbackItem, 'link'> }) {
  const lang = useAtlasStore((s) => s.lang);
  const target = buildOptions.feedback;
  if (!target) return null;
  const url = () => feedbackUrl(target, { ...item, link: shareLink() }, lang);
  // The address is made again on click: the page's link may have changed since this rendered.
  const refresh = (e: MouseEvent<HTMLAnchorElement>) => { e.currentTarget.href = url(); };
  const web = !target.startsWith('mailto:');
  return (
    <a className="report-problem" href={url()} onClick={refresh} title={tr(lang, 'reportTip')} data-feedback-id={item.id}
      {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {tr(lang, 'report')}
    </a>
  );
}
