/**
 * Insertion sort of `order` (indices into `values`), ascending or descending,
 * stable. Linear when the order is already nearly right – which is why the
 * Monte Carlo hands each sample the previous sample's order.
 */
export function settleOrder(order: Uint32Array, values: Float64Array, descending: boolean): void {
  const sign = descending ? -1 : 1;
  for (let i = 1; i < order.length; i++) {
    const item = order[i];
    const v = sign * values[item];
    let j = i - 1;
    while (j >= 0 && sign * values[order[j]] > v) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = item;
  }
}
