// A plan's registry summary (issuer, 文号, date, URL), for citing a passage of the plan being read.
import { useEffect, useState } from 'react';
import { loadPlans, type PlanSummary } from '../../data/load-data';

export function usePlanSummary(id: string): PlanSummary | undefined {
  const [plan, setPlan] = useState<PlanSummary>();
  useEffect(() => {
    let live = true;
    loadPlans().then((list) => live && setPlan(list.find((p) => p.id === id)), () => undefined);
    return () => { live = false; };
  }, [id]);
  return plan?.id === id ? plan : undefined;
}
