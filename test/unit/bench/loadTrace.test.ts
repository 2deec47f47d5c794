import { describe, expect, it } from 'vitest';
import { summariseTrace } from '../../../scripts/bench/loadTrace.ts';

const thread = (tid: number, name: string) => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name } });
const task = (tid: number, name: string, startMs: number, durMs: number) => ({ name, ph: 'X', ts: startMs * 1000, dur: durMs * 1000, pid: 1, tid });

describe("the bench's load trace summary", () => {
  it('counts nested tasks once, sums the waits for the GPU process and names the longest task per thread', () => {
    const events = [
      thread(1, 'CrRendererMain'),
      thread(2, 'CrGpuMain'),
      thread(3, 'Compositor'),
      task(1, 'ThreadControllerImpl::RunTask', 0, 100),
      task(1, 'ThreadControllerImpl::RunTask', 10, 20), // inside the first
      task(1, 'CommandBufferProxyImpl::WaitForGetOffset', 20, 30),
      task(1, 'ThreadControllerImpl::RunTask', 200, 50),
      task(1, 'CommandBufferProxyImpl::WaitForGetOffset', 210, 10),
      task(2, 'Scheduler::RunTask', 0, 400),
      task(2, 'Scheduler::RunTask', 500, 100),
      task(3, 'ThreadControllerImpl::RunTask', 0, 999), // another thread: not counted
    ];
    expect(summariseTrace(events, 700)).toEqual({
      readyMs: 700,
      mainBusyMs: 150,
      mainWaitingForGpuMs: 40,
      mainLongestTaskMs: 100,
      gpuBusyMs: 500,
      gpuLongestTaskMs: 400,
    });
  });

  it('reports zeros for a trace without those threads', () => {
    expect(summariseTrace([], Number.NaN)).toMatchObject({ mainBusyMs: 0, gpuBusyMs: 0, mainLongestTaskMs: 0, gpuLongestTaskMs: 0 });
  });
});
