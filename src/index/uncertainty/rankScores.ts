import { isTie } from '../rank.ts';
import { settleOrder } from '../settleOrder.ts';

/**
 * Competition ranks (1 = highest score, ties share) for one Monte Carlo
 * sample after another, without allocating: the ranker owns its buffers.
 *
 * Consecutive samples are similar, so the previous sample's order is the
 * starting point. For the few hundred areas of a city, insertion sort from
 * there does little work. For large sets (the 10,000-area benchmark) a
 * comparator sort would dominate the run, so scores are first radix-sorted
 * on their float32 value (four 8-bit passes, linear time), and insertion
 * sort then settles the rare neighbours that float32 cannot tell apart.
 */
export type Ranker = (scores: Float64Array, ranks: Uint32Array) => void;

const RADIX_FROM = 512;

export function createRanker(n: number): Ranker {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const radix = n > RADIX_FROM ? radixBuffers(n) : null;
  return (scores, ranks) => {
    if (radix) radixOrder(scores, order, radix);
    settleOrder(order, scores, true);
    for (let k = 0; k < n; k++) {
      const i = order[k];
      ranks[i] = k > 0 && isTie(scores[i], scores[order[k - 1]]) ? ranks[order[k - 1]] : k + 1;
    }
  };
}

interface RadixBuffers {
  float: Float32Array;
  bits: Uint32Array;
  keys: Uint32Array;
  keysOut: Uint32Array;
  orderOut: Uint32Array;
  counts: Uint32Array;
}

function radixBuffers(n: number): RadixBuffers {
  const float = new Float32Array(1);
  return {
    float,
    bits: new Uint32Array(float.buffer),
    keys: new Uint32Array(n),
    keysOut: new Uint32Array(n),
    orderOut: new Uint32Array(n),
    counts: new Uint32Array(256),
  };
}

/** LSD radix sort of `order` by descending float32 score. */
function radixOrder(scores: Float64Array, order: Uint32Array, b: RadixBuffers): void {
  const n = order.length;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    b.float[0] = scores[i];
    const bits = b.bits[0];
    // IEEE order → unsigned order (flip all bits of negatives, the sign bit
    // of positives), then invert for descending.
    b.keys[i] = ~(bits & 0x80000000 ? ~bits : bits ^ 0x80000000) >>> 0;
  }
  let keys = b.keys;
  let keysOut = b.keysOut;
  let from = order;
  let to = b.orderOut;
  for (let shift = 0; shift < 32; shift += 8) {
    b.counts.fill(0);
    for (let i = 0; i < n; i++) b.counts[(keys[i] >>> shift) & 255]++;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = b.counts[d];
      b.counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (keys[i] >>> shift) & 255;
      const at = b.counts[d]++;
      keysOut[at] = keys[i];
      to[at] = from[i];
    }
    [keys, keysOut] = [keysOut, keys];
    [from, to] = [to, from];
  }
  // Four passes: the result is back in the arrays it started in.
}
