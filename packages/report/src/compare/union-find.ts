/** Disjoint sets over string ids: agreeing claims, republished articles. */
export class UnionFind {
  private readonly parent = new Map<string, string>()

  find(id: string): string {
    let root = id
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up
    // Path compression keeps later finds near-constant.
    for (let node = id; node !== root; ) {
      const up = this.parent.get(node) ?? root
      this.parent.set(node, root)
      node = up
    }
    return root
  }

  union(a: string, b: string): void {
    for (const id of [a, b]) if (!this.parent.has(id)) this.parent.set(id, id)
    const ra = this.find(a)
    const rb = this.find(b)
    // The smaller id becomes the root, so roots do not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra)
    else if (rb < ra) this.parent.set(ra, rb)
  }

  /** The sets with more than one member, each sorted, keyed by root. */
  groups(): ReadonlyMap<string, ReadonlyArray<string>> {
    const groups = new Map<string, Array<string>>()
    for (const id of this.parent.keys()) {
      const root = this.find(id)
      const members = groups.get(root) ?? []
      members.push(id)
      groups.set(root, members)
    }
    for (const [root, members] of groups) {
      if (members.length < 2) groups.delete(root)
      else members.sort()
    }
    return groups
  }
}
