import { describe, expect, it } from 'vitest';
import { feedbackUrl, feedbackTargetProblem, MAX_QUOTE, type FeedbackItem } from '../../../src/lib/share/feedback-url';
import { readBuildOptions } from '../../../src/lib/share/build-options';
import { buildOptionsPlugin } from '../../../scripts/vite/build-options-plugin';

const ITEM: FeedbackItem = { kind: 'feature', id: 'f-test-1', name: '某某城市圈', quote: '构建“一群两区三圈”', plan: '某某规划', link: 'https://a.example/atlas/#f=f-test-1' };

describe('Report a problem', () => {
  it('prefills an e-mail with the id, name, plan, quote and link', () => {
    const url = new URL(feedbackUrl('mailto:atlas@example.org', ITEM, 'zh'));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('atlas@example.org');
    const subject = url.searchParams.get('subject')!;
    const body = url.searchParams.get('body')!;
    expect(subject).toContain('f-test-1');
    for (const part of ['编号: f-test-1', '名称: 某某城市圈', '规划: 某某规划', '原文: “构建“一群两区三圈””', `链接: ${ITEM.link}`]) expect(body).toContain(part);
    expect(feedbackUrl('mailto:a@b.org?cc=c@d.org', ITEM, 'en')).toMatch(/^mailto:a@b\.org\?cc=c@d\.org&subject=/);
  });

  it('fills an issue-form template, URL-encoded, leaving unknown braces alone', () => {
    const url = feedbackUrl('https://tracker.example/new?title={title}&id={id}&q={quote}&u={link}&x={other}', ITEM, 'en');
    const q = new URL(url).searchParams;
    expect(q.get('id')).toBe('f-test-1');
    expect(q.get('q')).toBe(ITEM.quote);
    expect(q.get('u')).toBe(ITEM.link);
    expect(q.get('title')).toBe('Atlas problem report: 某某城市圈 (f-test-1)');
    expect(url).toContain('x={other}');
  });

  it('cuts a long quote and leaves out what the item lacks', () => {
    const body = new URL(feedbackUrl('mailto:a@b.org', { kind: 'place', id: '140100', name: 'X', quote: '字'.repeat(MAX_QUOTE + 50), link: 'L' }, 'en')).searchParams.get('body')!;
    expect(body).toContain(`“${'字'.repeat(MAX_QUOTE)}…”`);
    expect(body).not.toContain('Plan:');
  });

  it('accepts only an address or an http(s) template with known placeholders', () => {
    expect(feedbackTargetProblem('mailto:atlas@example.org')).toBeNull();
    expect(feedbackTargetProblem('https://t.example/new?body={body}')).toBeNull();
    expect(feedbackTargetProblem('mailto:nobody')).toMatch(/expected mailto/);
    expect(feedbackTargetProblem('javascript:alert(1)')).toMatch(/expected mailto/);
    expect(feedbackTargetProblem('https://t.example/new?b={bdy}')).toMatch(/unknown placeholders \{bdy\}/);
  });

  it('is configured at build, and absent otherwise', () => {
    expect(readBuildOptions({}).options.feedback).toBeUndefined();
    expect(readBuildOptions({ ATLAS_FEEDBACK: 'mailto:atlas@example.org' }).options.feedback).toBe('mailto:atlas@example.org');
    expect(readBuildOptions({ ATLAS_FEEDBACK: 'ftp://x' }).errors[0]).toMatch(/^ATLAS_FEEDBACK: /);
    const load = (env: Record<string, string>) => (buildOptionsPlugin(env).load as (id: string) => string)('\0virtual:build-options');
    expect(load({})).toBe('export default {};\n');
    expect(load({ ATLAS_FEEDBACK: 'mailto:atlas@example.org' })).toContain('"feedback":"mailto:atlas@example.org"');
    expect(() => load({ ATLAS_FEEDBACK: 'nope' })).toThrow(/ATLAS_FEEDBACK/);
  });
});
