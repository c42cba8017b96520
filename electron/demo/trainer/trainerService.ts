import type { DemoControl, DemoState } from '../../../shared/api/demoSchemas';
import { ServiceError } from '../../../shared/api/result';
import { scenarioById } from '../scenarios/catalogue';
import {
  AdminError,
  overrideConsent,
  patchSwitches,
  setAnswerFault,
  setReceiverMode,
  setSourceBehaviour,
} from '../simulator/controls';
import type { Simulator } from '../simulator/server';
import { trainerState } from './trainerState';

export interface TrainerService {
  state(): DemoState;
  control(action: DemoControl): DemoState;
}

const notInDemo = () =>
  new ServiceError('NOT_AUTHORISED', 'Training controls exist only in demo mode.');

/**
 * The trainer's controls over the embedded simulator (demo mode only; live mode refuses). The
 * same control functions as the simulator's HTTPS admin route. Trainer actions are not written to
 * the NEN 7513 access log: they change a synthetic switchpoint, not anyone's access to a patient
 * (docs/training.md). What the trainee then opens is logged as always.
 */
export function createTrainerService(deps: {
  simulator: Simulator | null;
  clock: () => Date;
  /** Also part of a reset: the app's own outbox of locum reports (demo mode). */
  onReset?: () => void;
}): TrainerService {
  let activeScenarioId: string | null = null;
  const sim = () => {
    if (!deps.simulator) throw notInDemo();
    return deps.simulator;
  };

  function apply(simulator: Simulator, action: DemoControl): void {
    const s = simulator.scenario;
    switch (action.action) {
      case 'setRegimes':
        return patchSwitches(s, { crisisRegime: action.crisisRegime, regions: action.regions });
      case 'setTiming':
        return patchSwitches(s, {
          defaultLatencyMs: action.defaultLatencyMs,
          sourceDeadlineMs: action.sourceDeadlineMs,
        });
      case 'setConsent':
        return overrideConsent(s, action.bsn, action.sourceId, action.state);
      case 'setSource':
        return setSourceBehaviour(s, action.sourceId, {
          latencyMs: action.latencyMs,
          failure: action.failure,
        });
      case 'setReceiver':
        return setReceiverMode(s, action.sourceId, action.mode);
      case 'setAnswerFault':
        return setAnswerFault(s, action.fault);
      case 'applyScenario': {
        const scenario = scenarioById(action.scenarioId);
        if (!scenario) throw new ServiceError('NOT_FOUND', 'No such scenario.');
        // Switches back to the start state (log and inboxes stay), then this scenario's settings.
        simulator.resetSwitches();
        const { settings } = scenario;
        patchSwitches(s, { crisisRegime: settings.crisisRegime, regions: settings.regions });
        for (const x of settings.sources ?? [])
          setSourceBehaviour(s, x.sourceId, { latencyMs: x.latencyMs, failure: x.failure });
        for (const x of settings.consent ?? []) overrideConsent(s, x.bsn, x.sourceId, x.state);
        for (const x of settings.receivers ?? []) setReceiverMode(s, x.sourceId, x.mode);
        activeScenarioId = scenario.id;
        return;
      }
      case 'reset':
        simulator.reset();
        deps.onReset?.();
        activeScenarioId = null;
        return;
    }
  }

  return {
    state: () => trainerState(sim(), activeScenarioId, deps.clock()),
    control(action) {
      const simulator = sim();
      try {
        apply(simulator, action);
      } catch (error) {
        if (error instanceof AdminError) throw new ServiceError('VALIDATION', error.message);
        throw error;
      }
      return trainerState(simulator, activeScenarioId, deps.clock());
    },
  };
}
