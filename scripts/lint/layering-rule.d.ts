import type { Rule } from 'eslint';
export function layerOf(rel: string): string;
export function violation(from: string, to: string): string | null;
export const layeringRule: Rule.RuleModule;
