import { notifications } from '../../../lib/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getFragmentData } from '../../../gql/fragment-masking';
import { describeError } from '../../../lib/graphql-errors';
import { isActiveRun } from '../../../lib/generation';
import { planGenerationRunFragment, type PlanGenerationRunRef } from '../components/GenerationRunStatus';
import { useCancelGeneration } from './useCancelGeneration';
import { useGeneratePlanIdeas } from './useGeneratePlanIdeas';
import { usePlanGenerationUpdates } from './usePlanGenerationUpdates';

interface PlanGenerationOptions {
  planId: string;
  personaId: string;
  /** The persona's latest runs, newest first, as the plan page loaded them (and the cache extends them). */
  runs: ReadonlyArray<PlanGenerationRunRef>;
  /** Fetch the plan again: a run of it created ideas. */
  onIdeasCreated: () => void;
}

/**
 * Everything the plan page does with generation: the plan's latest run (also one already
 * running when the page opened, or started in another tab), starting and cancelling runs,
 * and one refresh of the plan per successful run.
 */
export function usePlanGeneration({ planId, personaId, runs, onIdeasCreated }: PlanGenerationOptions) {
  const { generatePlanIdeas, loading: starting } = useGeneratePlanIdeas(personaId);
  const { cancelGeneration, loading: cancelling } = useCancelGeneration();
  const [startError, setStartError] = useState<string | null>(null);
  // The run whose outcome this page reports with the finished bar: one it started or saw running.
  const [followedId, setFollowedId] = useState<string | null>(null);
  const refreshedRuns = useRef(new Set<string>());

  const latest = useMemo(
    () =>
      runs.find((ref) => {
        const run = getFragmentData(planGenerationRunFragment, ref);
        return run.kind === 'PLAN_IDEAS' && run.plan?.id === planId;
      }) ?? null,
    [runs, planId],
  );
  const latestRun = getFragmentData(planGenerationRunFragment, latest);
  const active = latestRun ? isActiveRun(latestRun.state) : false;

  useEffect(() => {
    if (latestRun && active) setFollowedId(latestRun.id);
  }, [latestRun, active]);

  // The server may report success more than once (a progress event read after the final
  // commit); the plan needs fetching once.
  const ideasCreated = useCallback(
    (runId: string) => {
      if (refreshedRuns.current.has(runId)) return;
      refreshedRuns.current.add(runId);
      onIdeasCreated();
    },
    [onIdeasCreated],
  );
  usePlanGenerationUpdates({ personaId, planId, onIdeasCreated: ideasCreated });

  async function start() {
    setStartError(null);
    try {
      const runId = await generatePlanIdeas(planId);
      if (runId) setFollowedId(runId);
    } catch (error) {
      setStartError(describeError(error).message);
    }
  }

  async function cancel() {
    if (!latestRun) return;
    try {
      await cancelGeneration(latestRun.id);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not cancel the generation', message: describeError(error).message });
    }
  }

  return {
    latest,
    followed: latestRun !== null && latestRun.id === followedId,
    active,
    start,
    starting,
    startError,
    cancel,
    cancelling,
  };
}
