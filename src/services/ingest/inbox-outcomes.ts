/**
 * Waiting for a delivery's outcome in this process (`?wait=`, an inbox retry): the inbox
 * job announces each outcome it records, and a waiter whose delivery another server filed
 * reads the recorded outcome when its time is up.
 */
import { findInbox } from '../../store/repositories/inbox.repository.ts';
import type { ServiceContext } from '../context.ts';
import { outcomeOf, type DeliveryOutcome } from './process-deliveries.ts';

type Listener = (outcome: DeliveryOutcome | null) => void;
const listeners = new Map<string, Set<Listener>>();

/** Hands the outcomes just recorded to whoever waits for them here. */
export function announceOutcomes(outcomes: ReadonlyMap<string, DeliveryOutcome>): void {
  for (const [id, outcome] of outcomes) {
    const ls = listeners.get(id);
    if (!ls) continue;
    listeners.delete(id);
    for (const l of ls) l(outcome);
  }
}

export type OutcomeWait = {
  /** The outcome once recorded, or after `ms` what is recorded then (null while still pending). */
  result: Promise<DeliveryOutcome | null>;
  /** Stops waiting (result: null). */
  cancel(): void;
};

/** Starts waiting for delivery `id` (before it is queued, so that no outcome is missed); the time counts from now. */
export function awaitOutcome(ctx: ServiceContext, id: string, ms: number): OutcomeWait {
  let settle: Listener = () => undefined;
  const result = new Promise<DeliveryOutcome | null>((resolve) => { settle = resolve; });
  const off = (): void => {
    clearTimeout(timer);
    const ls = listeners.get(id);
    ls?.delete(done);
    if (ls?.size === 0) listeners.delete(id);
  };
  const done: Listener = (outcome) => { off(); settle(outcome); };
  const timer = setTimeout(() => {
    off();
    findInbox(ctx.db, id).then((row) => settle(row === null || row.status === 'pending' ? null : outcomeOf(row, false)), () => settle(null));
  }, ms);
  listeners.set(id, (listeners.get(id) ?? new Set()).add(done));
  return { result, cancel: () => done(null) };
}
