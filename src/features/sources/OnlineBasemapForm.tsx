// 天地图 as the basemap, online and by choice (only in a build made with ATLAS_TIANDITU): the user's own browser
// key, vector or imagery, and the way back to the built-in basemap. The key is kept in this browser only.
import { useId, useState } from 'react';
import buildOptions from 'virtual:build-options';
import { useAtlasStore } from '../../store/atlas-store';
import { defineStrings } from '../../lib/i18n/define-strings';
import { KEY_PATTERN, type OnlineKind } from '../../lib/basemap/online-basemap';

const tb = defineStrings({
  title: { zh: '天地图底图（在线，可选）', en: '天地图 basemap (online, optional)' },
  about: { zh: '用您自己的天地图浏览器端密钥，在规划图层下显示天地图。密钥只保存在本浏览器中，只发送给天地图。', en: 'Show 天地图 under the plan layers with your own 天地图 browser key. The key is kept in this browser and sent only to 天地图.' },
  key: { zh: '天地图密钥（32 位）', en: '天地图 key (32 characters)' },
  vec: { zh: '矢量', en: 'Vector' },
  img: { zh: '影像', en: 'Imagery' },
  use: { zh: '使用天地图', en: 'Use 天地图' },
  off: { zh: '改回内置底图', en: 'Back to the built-in basemap' },
  badKey: { zh: '密钥应为 32 位十六进制字符。', en: 'A key is 32 hexadecimal characters.' },
  inUse: { zh: '正在使用天地图', en: 'Showing 天地图' },
});

export function OnlineBasemapForm() {
  const lang = useAtlasStore((s) => s.lang);
  const current = useAtlasStore((s) => s.onlineBasemap);
  const setOnline = useAtlasStore((s) => s.setOnlineBasemap);
  const [key, setKey] = useState(current?.key ?? '');
  const [kind, setKind] = useState<OnlineKind>(current?.kind ?? 'vec');
  const [tried, setTried] = useState(false);
  const id = useId();
  if (!buildOptions.tiandituReview) return null;
  const valid = KEY_PATTERN.test(key.trim());
  return (
    <form className="online-basemap" aria-labelledby={`${id}-title`} onSubmit={(e) => { e.preventDefault(); setTried(true); if (valid) setOnline({ kind, key: key.trim() }); }}>
      <h3 id={`${id}-title`}>{tb(lang, 'title')}</h3>
      <p>{tb(lang, 'about')}</p>
      <label htmlFor={`${id}-key`}>{tb(lang, 'key')}</label>
      <input id={`${id}-key`} type="text" inputMode="text" autoComplete="off" spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)}
        aria-invalid={tried && !valid} aria-describedby={tried && !valid ? `${id}-bad` : undefined} />
      {tried && !valid && <p id={`${id}-bad`} className="online-basemap-bad">{tb(lang, 'badKey')}</p>}
      <fieldset>
        {(['vec', 'img'] as const).map((k) => (
          <label key={k}><input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {tb(lang, k)}</label>
        ))}
      </fieldset>
      <div className="online-basemap-actions">
        <button type="submit">{tb(lang, 'use')}</button>
        {current && <button type="button" onClick={() => setOnline(null)}>{tb(lang, 'off')}</button>}
      </div>
      {current && <p role="status">{tb(lang, 'inUse')} · {tb(lang, current.kind)}</p>}
    </form>
  );
}
