// Maximum-profit flow by successive shortest paths (Dijkstra with potentials), sized for the planner's
// relaxation: a few hundred nodes, a few thousand edges, integer costs (so every comparison is exact).
export class FlowNetwork {
  private readonly head: Int32Array;
  private next: number[] = [];
  private to: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds u→v and returns the edge index (its residual twin is index ^ 1). */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.to.push(v, u);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[u], this.head[v]);
    this.head[u] = e;
    this.head[v] = e + 1;
    return e;
  }

  /** Flow currently on a forward edge. */
  flowOn(edge: number): number {
    return this.cap[edge ^ 1];
  }

  /**
   * Pushes flow from source to sink while a path has negative cost (positive profit), each path at
   * its bottleneck. Stops at the most profitable flow, not the largest. Returns the total cost.
   */
  minCostFlow(source: number, sink: number): number {
    const n = this.nodeCount;
    const INF = Number.POSITIVE_INFINITY;
    const potential = this.initialPotentials(source);
    const dist = new Float64Array(n);
    const prevEdge = new Int32Array(n);
    const done = new Uint8Array(n);
    let total = 0;
    for (;;) {
      dist.fill(INF);
      done.fill(0);
      prevEdge.fill(-1);
      dist[source] = 0;
      // Dense Dijkstra: the networks are small, and a linear scan beats a heap at this size.
      for (;;) {
        let u = -1;
        let best = INF;
        for (let v = 0; v < n; v++) if (!done[v] && dist[v] < best) { best = dist[v]; u = v; }
        if (u < 0) break;
        done[u] = 1;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          const nd = best + this.cost[e] + potential[u] - potential[v];
          if (nd < dist[v]) { dist[v] = nd; prevEdge[v] = e; }
        }
      }
      if (dist[sink] === INF) break;
      const pathCost = dist[sink] + potential[sink] - potential[source];
      if (pathCost >= 0) break;
      for (let v = 0; v < n; v++) if (dist[v] < INF) potential[v] += dist[v];
      let push = INF;
      for (let v = sink; v !== source; v = this.to[prevEdge[v] ^ 1]) push = Math.min(push, this.cap[prevEdge[v]]);
      for (let v = sink; v !== source; v = this.to[prevEdge[v] ^ 1]) {
        this.cap[prevEdge[v]] -= push;
        this.cap[prevEdge[v] ^ 1] += push;
      }
      total += push * pathCost;
    }
    return total;
  }

  /** Bellman-Ford from the source: costs may be negative, but there are no negative cycles at the start. */
  private initialPotentials(source: number): Float64Array {
    const n = this.nodeCount;
    const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    dist[source] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let u = 0; u < n; u++) {
        if (dist[u] === Number.POSITIVE_INFINITY) continue;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] > 0 && dist[u] + this.cost[e] < dist[this.to[e]]) { dist[this.to[e]] = dist[u] + this.cost[e]; changed = true; }
        }
      }
      if (!changed) break;
    }
    // Unreachable nodes stay unreachable (only reverse edges along used paths ever appear), so 0 is safe.
    for (let v = 0; v < n; v++) if (dist[v] === Number.POSITIVE_INFINITY) dist[v] = 0;
    return dist;
  }
}
