// A spatial mention the map does not show (coverage view): its reason on hover (title), and on a tap or
// Enter shown inline after it, so it reads on a phone and to a screen reader too.
import { useState } from 'react';

export function UnmappedMention({ text, reason }: { text: string; reason: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="unmapped-mention" title={reason} aria-expanded={open} lang="zh-CN"
        onClick={(e) => { e.stopPropagation(); setOpen(!open); }}>
        {text}
      </button>
      {open && <span className="unmapped-reason">（{reason}）</span>}
    </>
  );
}
