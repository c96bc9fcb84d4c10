// The marker for a name the catalogue gave a feature because the plan names it nowhere: a dotted
// underline on the name and the words "描述性名称 / descriptive name".
import type { ReactNode } from 'react';
import './descriptive-name.css';

export const DESCRIPTIVE_LABEL = { zh: '描述性名称', en: 'descriptive name' } as const;
export const DESCRIPTIVE_TITLE = '描述性名称 / descriptive name — the plan does not use this name';

/** Wraps a feature's name; when `descriptive`, underlines it and adds the label. */
export function DescriptiveName({ descriptive, children }: { descriptive?: boolean; children: ReactNode }) {
  if (!descriptive) return <>{children}</>;
  return (
    <>
      <span className="descriptive-name" title={DESCRIPTIVE_TITLE}>{children}</span>
      <DescriptiveTag />
    </>
  );
}

/** The label alone (for lists and the legend). */
export function DescriptiveTag() {
  return <span className="descriptive-tag" lang="zh-CN">{DESCRIPTIVE_LABEL.zh} / <span lang="en">{DESCRIPTIVE_LABEL.en}</span></span>;
}
