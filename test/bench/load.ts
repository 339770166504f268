/**
 * @module
 * Drives HTTP targets with autocannon at a fixed number of connections.
 *
 * The cores are shared with other jobs whose load comes and goes within seconds, so a target is
 * never measured in one block: its time is cut into slices, and each slice is paired with a
 * slice of the reference (bare Hono) right before or after it (ABBA order). Both then see the
 * same background load, which a sequential A-then-B run does not: the ratio of their req/s over
 * the paired slices compares like with like.
 *
 * Latencies are taken from autocannon's per-response event (sub-millisecond), not from its
 * histogram (whole milliseconds, too coarse for a bare Worker).
 */
import autocannon, { type AutocannonOptions } from "autocannon";

export interface LoadTarget {
  method: "GET" | "POST";
  url: string;
  /** `[<id>]` in a value (see {@link UNIQUE_ID}) is replaced by a new id in every request. */
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A placeholder for a value unique to each request (an `Idempotency-Key`): autocannon replaces
 * it (its `idReplacement`), and so does the harness's own sender.
 */
export const UNIQUE_ID = "[<id>]";

/** Whether `target` asks for a new id in every request. */
export function wantsUniqueIds(target: LoadTarget): boolean {
  return Object.values(target.headers ?? {}).some((value) => value.includes(UNIQUE_ID));
}

export interface LoadSettings {
  connections: number;
  /** Seconds measured per target, in total. */
  duration: number;
  /** Into how many slices that time is cut (fewer for slow routes, see `runPaired`). */
  slices: number;
  /** Seconds of warm-up before a target's first slice, not counted. */
  warmup: number;
}

export interface LoadResult {
  connections: number;
  /** Seconds actually measured. */
  duration: number;
  slices: number;
  /** Successful (2xx, or 304 to a revalidation) responses per second. */
  requestsPerSecond: number;
  /** Latency of 2xx responses, milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  max: number;
  responses: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses by status code. */
  statusCodes: Record<string, number>;
}

/** One autocannon run, raw. */
export interface Slice {
  duration: number;
  responses: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  latencies: number[];
}

/**
 * Measures `target` and `reference` in alternating slices; returns the target's slices and the
 * reference slices that were paired with them. autocannon drops the requests still in flight
 * when a slice ends, which undercounts a slow route in short slices, so a route whose warm-up
 * p50 latency is long gets fewer, longer slices (each at least 10 × p50, so that less than
 * ~5 % is lost; at least 2 pairs).
 */
export async function runPaired(
  target: LoadTarget,
  reference: LoadTarget,
  settings: LoadSettings,
): Promise<{ target: Slice[]; reference: Slice[] }> {
  let slices = settings.slices;
  if (settings.warmup > 0) {
    const warm = await fire(target, settings.connections, settings.warmup);
    const p50Seconds = percentile(Float64Array.from(warm.latencies).sort(), 0.5) / 1000;
    if (p50Seconds > 0) {
      const fit = Math.floor(settings.duration / (10 * p50Seconds));
      slices = Math.max(2, Math.min(settings.slices, fit));
    }
  }
  const slice = settings.duration / slices;
  const targetSlices: Slice[] = [];
  const referenceSlices: Slice[] = [];
  for (let i = 0; i < slices; i++) {
    if (i % 2 === 0) {
      targetSlices.push(await fire(target, settings.connections, slice));
      referenceSlices.push(await fire(reference, settings.connections, slice));
    } else {
      referenceSlices.push(await fire(reference, settings.connections, slice));
      targetSlices.push(await fire(target, settings.connections, slice));
    }
  }
  return { target: targetSlices, reference: referenceSlices };
}

/** A warm-up run, figures thrown away. */
export async function warmUp(target: LoadTarget, settings: LoadSettings): Promise<void> {
  if (settings.warmup > 0) await fire(target, settings.connections, settings.warmup);
}

function fire(target: LoadTarget, connections: number, duration: number): Promise<Slice> {
  const options: AutocannonOptions = {
    url: target.url,
    method: target.method,
    connections,
    duration,
    timeout: 30,
    ...(target.headers ? { headers: target.headers } : {}),
    ...(target.body === undefined ? {} : { body: target.body }),
    ...(wantsUniqueIds(target) ? { idReplacement: true } : {}),
  };
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      if (error) {
        reject(error);
        return;
      }
      const statusCodes: Record<string, number> = {};
      // A 304 Not Modified is the answer a revalidation asks for: a success here.
      const notModified = result.statusCodeStats["304"]?.count ?? 0;
      for (const [code, { count }] of Object.entries(result.statusCodeStats)) {
        statusCodes[code] = count;
      }
      resolve({
        duration: result.duration,
        responses: result.requests.total,
        ok: result["2xx"] + notModified,
        non2xx: result.non2xx - notModified,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes,
        latencies,
      });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if ((statusCode >= 200 && statusCode < 300) || statusCode === 304) {
        latencies.push(responseTime);
      }
    });
  });
}

/** The slices of one target as one result. */
/**
 * The target's rate over its paired reference slice's, pair by pair: how much the ratio moves
 * with the load of the moment.
 *
 * @example
 * pairRatios(paired.target, paired.reference).map((r) => r.toFixed(2)); // ["0.81", "0.77", …]
 */
export function pairRatios(target: readonly Slice[], reference: readonly Slice[]): number[] {
  return target.map((slice, i) => {
    const against = reference[i];
    return against ? slice.ok / slice.duration / (against.ok / against.duration) : Number.NaN;
  });
}

export function combine(slices: readonly Slice[], connections: number): LoadResult {
  const sorted = Float64Array.from(slices.flatMap((slice) => slice.latencies)).sort();
  const sum = (pick: (slice: Slice) => number) =>
    slices.reduce((total, slice) => total + pick(slice), 0);
  const statusCodes: Record<string, number> = {};
  for (const slice of slices) {
    for (const [code, count] of Object.entries(slice.statusCodes)) {
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
    }
  }
  const duration = sum((slice) => slice.duration);
  const ok = sum((slice) => slice.ok);
  const latencySum = sorted.reduce((total, value) => total + value, 0);
  return {
    connections,
    duration,
    slices: slices.length,
    requestsPerSecond: duration > 0 ? ok / duration : 0,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: sorted.length > 0 ? latencySum / sorted.length : Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    responses: sum((slice) => slice.responses),
    ok,
    non2xx: sum((slice) => slice.non2xx),
    errors: sum((slice) => slice.errors),
    timeouts: sum((slice) => slice.timeouts),
    statusCodes,
  };
}

/** The median of the values that are numbers; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}
