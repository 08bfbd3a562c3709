# Shortest paths and value iteration in the spirit of the classic "mdp" benchmark: Dijkstra over
# a generated grid graph with heapq (tuples as priorities, stale-entry skipping), then value
# iteration of a small Markov decision process over dicts of dicts with float probabilities
# and max over actions. Prints path costs and rounded values.
import heapq


def make_graph(w, h):
    graph = {}
    for y in range(h):
        for x in range(w):
            edges = []
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < w and 0 <= ny < h:
                    edges.append(((nx, ny), 1 + (x * 7 + y * 13 + nx * 3 + ny) % 9))
            graph[(x, y)] = edges
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, cost in graph[node]:
            nd = d + cost
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist


def make_mdp(n):
    states = list(range(n))
    transitions = {}
    for s in states:
        actions = {}
        for a in range(3):
            outcomes = {}
            for k in range(3):
                t = (s * 5 + a * 7 + k * 11) % n
                outcomes[t] = outcomes.get(t, 0.0) + (0.6 if k == 0 else 0.2)
            actions[a] = outcomes
        transitions[s] = actions
    rewards = {s: ((s * 37) % 11 - 5) / 4.0 for s in states}
    return states, transitions, rewards


def value_iteration(states, transitions, rewards, gamma=0.9, eps=1e-9):
    values = {s: 0.0 for s in states}
    sweeps = 0
    while True:
        sweeps += 1
        delta = 0.0
        new = {}
        for s in states:
            best = max(sum(p * values[t] for t, p in outcomes.items())
                       for outcomes in transitions[s].values())
            v = rewards[s] + gamma * best
            delta = max(delta, abs(v - values[s]))
            new[s] = v
        values = new
        if delta < eps:
            return values, sweeps


def main():
    graph = make_graph(100, 100)
    total = 0
    for src in ((0, 0), (99, 99), (50, 0), (0, 50)):
        dist = dijkstra(graph, src)
        total += sum(dist.values())
        print(src, dist[(99, 0)], dist[(50, 50)], len(dist))
    print("total", total)
    states, transitions, rewards = make_mdp(1000)
    values, sweeps = value_iteration(states, transitions, rewards)
    print("sweeps", sweeps, "v0 %.6f" % values[0], "sum %.6f" % sum(values.values()))


main()
