// Matches unmapped mentions against the committed reasons (data/coverage/reasons.json).
import type { Mention, ReasonRule } from './coverage-types';

export interface ReasonMatcher {
  /** The first rule that matches the mention, if any. */
  ruleFor(mention: Mention, seed: string): ReasonRule | undefined;
  /** Labels of the rules that have matched nothing so far. */
  unused(): string[];
}

export const ruleLabel = (r: ReasonRule) => r.mentions ? `mentions ${r.mentions.slice(0, 3).join('、')}${r.mentions.length > 3 ? '…' : ''}` : r.pattern ? `pattern /${r.pattern}/` : `kinds ${r.kinds?.join(',')}`;

export function reasonMatcher(rules: ReasonRule[]): ReasonMatcher {
  const compiled = rules.map((r) => ({
    rule: r,
    exact: r.mentions ? new Set(r.mentions) : undefined,
    pattern: r.pattern ? new RegExp(r.pattern, 'u') : undefined,
    used: false,
  }));
  return {
    ruleFor(mention, seed) {
      for (const c of compiled) {
        if (c.rule.seeds && !c.rule.seeds.includes(seed)) continue;
        if (c.rule.kinds && !c.rule.kinds.includes(mention.kind)) continue;
        if (c.exact && !c.exact.has(mention.text)) continue;
        if (c.pattern && !c.pattern.test(mention.text)) continue;
        if (!c.exact && !c.pattern && !c.rule.kinds) continue;
        c.used = true;
        return c.rule;
      }
      return undefined;
    },
    unused: () => compiled.filter((c) => !c.used).map((c) => ruleLabel(c.rule)),
  };
}
