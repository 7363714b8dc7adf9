/**
 * Process CPU time spent inside session.run, measured by wrapping the runtime the engine gets
 * (the engine stays free of Node APIs). On a machine shared with other work, wall-clock step
 * times stretch with every preemption; CPU time does not, so the loop's overhead is judged on
 * CPU time too.
 */
import type { InferenceSession } from 'onnxruntime-web';
import type { OrtRuntime } from '../src/engine';

export interface CpuClock {
  runtime: OrtRuntime;
  /** Process CPU ms inside session.run since the last reset, per run. */
  runs: number[];
  reset(): void;
}

/** Process CPU time (all threads) in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function withCpuClock(runtime: OrtRuntime): CpuClock {
  const clock: CpuClock = {
    runtime,
    runs: [],
    reset() {
      clock.runs = [];
    },
  };
  const wrap = (session: InferenceSession): InferenceSession =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'run') {
          return async (...args: Parameters<InferenceSession['run']>) => {
            const start = cpuMs();
            const out = await target.run(...args);
            clock.runs.push(cpuMs() - start);
            return out;
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const create = (async (...args: Parameters<OrtRuntime['InferenceSession']['create']>) =>
    wrap(await (runtime.InferenceSession.create as (...a: unknown[]) => Promise<InferenceSession>)(...args))) as OrtRuntime['InferenceSession']['create'];
  clock.runtime = {
    env: runtime.env,
    Tensor: runtime.Tensor,
    InferenceSession: new Proxy(runtime.InferenceSession, {
      get(target, prop) {
        return prop === 'create' ? create : Reflect.get(target, prop, target);
      },
    }),
  };
  return clock;
}
