/**
 * @module
 * CPU time of a Worker's isolate, read from the runtime: the V8 sampling profiler of workerd,
 * through its DevTools inspector (Chrome DevTools Protocol over a WebSocket). The samples that
 * are not "(idle)" add up to the time the isolate spent running: our code, Hono, the runtime's
 * JS glue and garbage collection, but not the client, the entry Worker or D1's own isolate.
 * Divided by the number of requests made while profiling, that is CPU time per request.
 */

/** One function's share of a profile. */
export interface ProfiledFunction {
  name: string;
  /** `file:line` as V8 saw it (line numbers of the built bundle). */
  where: string;
  /** Time with this function on top of the stack, ms over the whole profile. */
  selfMs: number;
  share: number;
}

export interface CpuProfileSummary {
  requests: number;
  /** Non-idle samples × the sampling interval, over the requests: CPU per request, ms. */
  cpuMsPerRequest: number;
  /** Wall time the profile covered, ms. */
  wallMs: number;
  samplingIntervalUs: number;
  /** The functions with the most self time, most first. */
  top: ProfiledFunction[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Runs `workload` (which returns how many requests it made) with the profiler on, and sums the
 * isolate's non-idle samples.
 *
 * @example
 * const cpu = await profileRequests(served.inspectorUrl, async () => { …; return 200; });
 * cpu.cpuMsPerRequest; // 0.4
 */
export async function profileRequests(
  inspectorUrl: string,
  workload: () => Promise<number>,
  { samplingIntervalUs = 100, top = 12 }: { samplingIntervalUs?: number; top?: number } = {},
): Promise<CpuProfileSummary> {
  const session = await connect(inspectorUrl);
  try {
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: samplingIntervalUs });
    await session.send("Profiler.start");
    let requests = 0;
    let profile: Profile;
    try {
      requests = await workload();
    } finally {
      // Stopped even when the workload failed, so that the isolate is not left profiling.
      ({ profile } = (await session.send("Profiler.stop")) as { profile: Profile });
      await session.send("Profiler.disable").catch(() => undefined);
    }
    return summarise(profile, requests, samplingIntervalUs, top);
  } finally {
    session.close();
  }
}

function summarise(
  profile: Profile,
  requests: number,
  samplingIntervalUs: number,
  top: number,
): CpuProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfUs = new Map<string, { name: string; where: string; us: number }>();
  let busyUs = 0;
  const samples = profile.samples ?? [];
  // Each sample counts for one sampling interval, whatever the wall time since the last one: on
  // shared cores the isolate's thread is often descheduled, and V8 then takes one late sample
  // whose time delta is wall time, not CPU time. Counting samples keeps the shares CPU shares.
  for (let i = 0; i < samples.length; i++) {
    const frame = frames.get(samples[i] as number);
    const us = samplingIntervalUs;
    if (!frame || frame.functionName === "(idle)") continue;
    busyUs += us;
    const name = frame.functionName || "(anonymous)";
    const file = frame.url.split("/").at(-1) ?? "";
    const where = file ? `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : "";
    const key = `${name}@${where}`;
    const entry = selfUs.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    selfUs.set(key, entry);
  }
  const ranked = [...selfUs.values()].sort((a, b) => b.us - a.us).slice(0, top);
  return {
    requests,
    cpuMsPerRequest: requests > 0 ? busyUs / 1000 / requests : Number.NaN,
    wallMs: (profile.endTime - profile.startTime) / 1000,
    samplingIntervalUs,
    top: ranked.map(({ name, where, us }) => ({
      name,
      where,
      selfMs: us / 1000,
      share: busyUs > 0 ? us / busyUs : 0,
    })),
  };
}

interface Session {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  close(): void;
}

/** A DevTools Protocol session over Node's WebSocket. */
function connect(url: string): Promise<Session> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    let nextId = 1;
    const pending = new Map<
      number,
      { resolve(value: unknown): void; reject(error: Error): void }
    >();
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      if (message.id === undefined) return;
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    });
    socket.addEventListener("error", () => reject(new Error(`cannot connect to ${url}`)));
    socket.addEventListener("close", () => {
      for (const waiting of pending.values()) waiting.reject(new Error("inspector closed"));
      pending.clear();
    });
    socket.addEventListener("open", () =>
      resolve({
        send(method, params = {}) {
          const id = nextId++;
          socket.send(JSON.stringify({ id, method, params }));
          return new Promise((ok, fail) => pending.set(id, { resolve: ok, reject: fail }));
        },
        close: () => socket.close(),
      }),
    );
  });
}
