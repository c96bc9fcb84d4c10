// Authoring mode: a frame draft's groups, one per numeral of its slogan (一核两翼: 1 × 核, 2 × 翼), each filled
// with existing features by id. The build checks each group's count against the slogan.
import { useState } from 'react';
import type { Lang, AtlasFeatureCollection } from '../../lib/catalogue/catalogue-types';
import type { FrameGroupDraft } from '../../lib/authoring/draft-feature';
import { at } from './author-strings';

interface Props {
  lang: Lang;
  groups: FrameGroupDraft[];
  features: AtlasFeatureCollection['features'];
  onChange: (groups: FrameGroupDraft[]) => void;
}

export function FrameGroups({ lang, groups, features, onChange }: Props) {
  const [adding, setAdding] = useState<string[]>([]);
  const name = (id: string) => features.find((f) => f.properties.id === id)?.properties.name.zh ?? at(lang, 'unknownFeature');
  const change = (i: number, patch: Partial<FrameGroupDraft>) => onChange(groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const add = (i: number) => {
    const id = adding[i]?.trim();
    if (id) change(i, { members: [...groups[i].members, id] });
    setAdding((a) => a.map((v, j) => (j === i ? '' : v)));
  };
  return (
    <>
      {groups.map((g, i) => (
        <fieldset key={i} className="author-group">
          <legend lang="zh-CN">{`${g.count === 'many' ? '多' : g.count} × ${g.label || '…'}`}</legend>
          <label>{at(lang, 'groupLabel')}<input lang="zh-CN" value={g.label} onChange={(e) => change(i, { label: e.target.value })} /></label>
          <label>{at(lang, 'groupLabelEn')}<input value={g.labelEn} onChange={(e) => change(i, { labelEn: e.target.value })} /></label>
          <ol className="author-places" lang="zh-CN">
            {g.members.map((m, k) => (
              <li key={`${m}-${k}`}>{name(m)} <code>{m}</code> <button type="button" aria-label={`${at(lang, 'remove')} ${m}`} onClick={() => change(i, { members: g.members.filter((_, n) => n !== k) })}>×</button></li>
            ))}
          </ol>
          <label>{at(lang, 'addMember')}
            <span className="author-add">
              <input list="author-feature-ids" value={adding[i] ?? ''} onChange={(e) => setAdding((a) => { const next = [...a]; next[i] = e.target.value; return next; })}
                onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(i); } }} />
              <button type="button" onClick={() => add(i)}>{at(lang, 'add')}</button>
            </span>
          </label>
        </fieldset>
      ))}
    </>
  );
}
