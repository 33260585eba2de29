/** A binary min-heap of (priority, node) pairs on typed arrays, for the graph searches. */
export class NodeHeap {
  private keys = new Float64Array(1024);
  private nodes = new Uint32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  /** Smallest priority in the heap (call only when size > 0). */
  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Uint32Array(this.size * 2);
      v.set(this.nodes);
      this.nodes = v;
    }
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes and returns the node with the smallest priority. */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0]!;
    const size = --this.size;
    const lastKey = keys[size]!;
    const lastNode = nodes[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && keys[c + 1]! < keys[c]!) c++;
      if (keys[c]! >= lastKey) break;
      keys[i] = keys[c]!;
      nodes[i] = nodes[c]!;
      i = c;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}
