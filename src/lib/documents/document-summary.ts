// The short English title and year span published for each plan (public/data/documents/index.json).
import type { DocumentSummary, PlanDocument } from './document-types';
import type { PlanSummary } from '../plans/plan-summary';

export function documentSummary(doc: PlanDocument, plan: PlanSummary): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title.text,
    titleInferred: doc.title.inferred,
    shortTitleEn: plan.titleEn,
    years: plan.span,
    year: plan.date ? Number(plan.date.slice(0, 4)) : plan.span[0],
  };
}
