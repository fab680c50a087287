//! Community detection on a weighted graph (the Louvain method: local
//! moving, then aggregation, repeated), used to settle events on the
//! article graph.
//!
//! The similarity graph of news articles is sparse (each article keeps its
//! few nearest neighbours) and its communities are the events. The quality
//! optimised is the constant Potts model: a community is worth the weight
//! of its inner edges minus `gamma` per pair of members, so a node joins a
//! community when its links to it outweigh `gamma` times its size. Unlike
//! modularity, this does not depend on the size of the whole graph: five
//! articles on one happening form one event whether they are alone or among
//! a million. Node order is fixed, so the result is deterministic.

/// A symmetric weighted graph as adjacency lists.
pub type Graph = Vec<Vec<(u32, f32)>>;

/// Partitions the nodes of `graph`; returns a community index per node
/// (communities are numbered 0.. in order of their smallest node).
pub fn communities(graph: &Graph, gamma: f32, max_levels: usize) -> Vec<usize> {
    let n = graph.len();
    // members[s]: original nodes in super-node s.
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut size: Vec<f64> = vec![1.0; n];
    let mut adj: Vec<Vec<(usize, f64)>> = graph
        .iter()
        .map(|edges| edges.iter().map(|&(j, w)| (j as usize, w as f64)).collect())
        .collect();
    for _ in 0..max_levels {
        let comm = local_moving(&adj, &size, gamma as f64);
        let mut label = vec![usize::MAX; adj.len()];
        let mut next = 0;
        for &c in &comm {
            if label[c] == usize::MAX {
                label[c] = next;
                next += 1;
            }
        }
        if next == adj.len() {
            break;
        }
        let mut new_members = vec![Vec::new(); next];
        let mut new_size = vec![0.0; next];
        for (s, m) in members.into_iter().enumerate() {
            new_members[label[comm[s]]].extend(m);
            new_size[label[comm[s]]] += size[s];
        }
        let mut new_adj: Vec<Vec<(usize, f64)>> = vec![Vec::new(); next];
        for (i, edges) in adj.iter().enumerate() {
            let ci = label[comm[i]];
            for &(j, w) in edges {
                let cj = label[comm[j]];
                if cj != ci {
                    new_adj[ci].push((cj, w));
                }
            }
        }
        for edges in &mut new_adj {
            edges.sort_unstable_by_key(|e| e.0);
            edges.dedup_by(|b, a| {
                if a.0 == b.0 {
                    a.1 += b.1;
                    true
                } else {
                    false
                }
            });
        }
        members = new_members;
        size = new_size;
        adj = new_adj;
    }
    let mut out = vec![0; n];
    let mut order: Vec<(usize, usize)> = members
        .iter()
        .enumerate()
        .map(|(c, m)| (m.iter().copied().min().unwrap_or(0), c))
        .collect();
    order.sort_unstable();
    for (rank, (_, c)) in order.into_iter().enumerate() {
        for &x in &members[c] {
            out[x] = rank;
        }
    }
    out
}

/// One phase of local moving: each node moves to the neighbouring
/// community with the best gain until nothing moves.
fn local_moving(adj: &[Vec<(usize, f64)>], size: &[f64], gamma: f64) -> Vec<usize> {
    let n = adj.len();
    let mut comm: Vec<usize> = (0..n).collect();
    let mut total = size.to_vec();
    let mut weight_to: Vec<f64> = vec![0.0; n];
    let mut touched: Vec<usize> = Vec::new();
    for _ in 0..32 {
        let mut moved = false;
        for i in 0..n {
            let ci = comm[i];
            for &(j, w) in &adj[i] {
                if j == i {
                    continue;
                }
                let c = comm[j];
                if weight_to[c] == 0.0 {
                    touched.push(c);
                }
                weight_to[c] += w;
            }
            total[ci] -= size[i];
            let gain = |c: usize, w: f64| w - gamma * total[c] * size[i];
            let mut best = (gain(ci, weight_to[ci]), ci);
            for &c in &touched {
                let g = gain(c, weight_to[c]);
                if g > best.0 + 1e-12 {
                    best = (g, c);
                }
            }
            total[best.1] += size[i];
            if best.1 != ci {
                comm[i] = best.1;
                moved = true;
            }
            for &c in &touched {
                weight_to[c] = 0.0;
            }
            touched.clear();
        }
        if !moved {
            break;
        }
    }
    comm
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(n: usize, edges: &[(u32, u32, f32)]) -> Graph {
        let mut g = vec![Vec::new(); n];
        for &(a, b, w) in edges {
            g[a as usize].push((b, w));
            g[b as usize].push((a, w));
        }
        g
    }

    #[test]
    fn two_cliques_joined_by_a_weak_edge() {
        let g = graph(
            6,
            &[
                (0, 1, 1.0),
                (1, 2, 1.0),
                (0, 2, 1.0),
                (3, 4, 1.0),
                (4, 5, 1.0),
                (3, 5, 1.0),
                (2, 3, 0.1),
            ],
        );
        let c = communities(&g, 0.3, 4);
        assert_eq!(c, vec![0, 0, 0, 1, 1, 1]);
    }

    #[test]
    fn isolated_nodes_stay_alone() {
        let g = graph(3, &[(0, 1, 0.5)]);
        let c = communities(&g, 0.3, 4);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
    }
}
