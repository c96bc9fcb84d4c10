// A new plan's text as plan:add receives it: bytes → text (UTF-8, or GB18030 converted), checked and
// normalised (no byte-order mark, LF line ends). Pure: TextDecoder only.

export class PlanTextError extends Error {}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were in. */
  encoding: 'utf-8' | 'gb18030';
}

/** Lines a plan text must have at least, and characters of Chinese: less is not a plan. */
const MIN_LINES = 5;
const MIN_CJK = 200;

export function decodePlanText(bytes: Uint8Array, file: string): DecodedText {
  if (!bytes.length) throw new PlanTextError(`${file}: the file is empty`);
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Chinese government texts saved on Windows are usually GB18030 (GBK).
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      throw new PlanTextError(`${file}: the text is neither UTF-8 nor GB18030; save it as UTF-8 and try again`);
    }
    if (cjkCount(text) < text.replace(/\s/g, '').length / 3) {
      throw new PlanTextError(`${file}: the text is not UTF-8 and does not read as Chinese in GB18030 either; save it as UTF-8 and try again`);
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new PlanTextError(`${file}: the file has only blank lines`);
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new PlanTextError(`${file}: the text holds binary or undecodable characters; is it a text file?`);
  const lines = text.split('\n').filter((l) => l.trim()).length;
  if (lines < MIN_LINES || cjkCount(text) < MIN_CJK) {
    throw new PlanTextError(`${file}: ${lines} lines and ${cjkCount(text)} Chinese characters: too short for a plan (at least ${MIN_LINES} lines and ${MIN_CJK} characters)`);
  }
  return { text: text.endsWith('\n') ? text : `${text}\n`, encoding };
}

function cjkCount(text: string): number {
  return (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
}
