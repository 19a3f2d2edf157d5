#!/usr/bin/env python3
"""Checks the layering of engine/ (engine/DESIGN.md, "Layers").

Every file of the engine belongs to the layer named by its folder:
engine/src/<layer>/..., engine/include/ripple/<layer>/..., engine/cli/ (layer
"cli"). A file may include headers of its own layer and of lower layers only;
private headers (engine/src/<layer>/*.h) only from inside the library (the
CLI includes public headers only). The order of the layers is read from the line of
engine/DESIGN.md that starts with "Layers, lowest first:", so the design note
and the check cannot disagree. Also fails on any cycle of #include lines
between files.

Usage: check_layers.py REPO_ROOT [--graph]
  --graph  prints the layer graph (edges with their number of includes).
Exit status 0 when clean, 1 with one line per violation otherwise.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_order(root):
    for line in (root / "engine" / "DESIGN.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("Layers, lowest first:"):
            names = line.split(":", 1)[1].replace("`", "").replace(".", "")
            return [name.strip() for name in names.split("<")]
    sys.exit("check_layers: engine/DESIGN.md has no line starting 'Layers, lowest first:'")


def layer_of(path, engine):
    parts = path.relative_to(engine).parts
    if parts[0] == "cli":
        return "cli"
    if parts[0] == "src":
        return parts[1]
    if parts[0] == "include":
        return parts[2]
    return None


def resolve(include, engine):
    """Returns (path, public) of an engine header, or None for other headers."""
    if include.startswith("ripple/"):
        return engine / "include" / include, True
    candidate = engine / "src" / include
    if candidate.exists():
        return candidate, False
    return None


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    engine = root / "engine"
    order = layer_order(root)
    rank = {name: i for i, name in enumerate(order)}
    files = sorted(p for p in engine.rglob("*") if p.suffix in (".h", ".cc"))
    problems, edges, graph = [], {}, {}
    for path in files:
        layer = layer_of(path, engine)
        where = path.relative_to(root)
        if layer not in rank:
            problems.append(f"{where}: folder '{layer}' is not a layer of engine/DESIGN.md ({' < '.join(order)})")
            continue
        graph[path] = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            target = resolve(match.group(1), engine)
            if target is None:
                if layer == "cli" and (engine / "cli" / match.group(1)).exists():
                    graph[path].append(engine / "cli" / match.group(1))
                    continue
                problems.append(f"{where}:{number}: unknown engine header \"{match.group(1)}\"")
                continue
            header, public = target
            if not header.exists():
                problems.append(f"{where}:{number}: \"{match.group(1)}\" does not exist")
                continue
            graph[path].append(header)
            other = layer_of(header, engine)
            edges[(layer, other)] = edges.get((layer, other), 0) + 1
            if rank.get(other, -1) > rank[layer]:
                problems.append(f"{where}:{number}: layer '{layer}' includes \"{match.group(1)}\" of the higher "
                                f"layer '{other}' (allowed: lower or same; order {' < '.join(order)})")
            if not public and layer == "cli":
                problems.append(f"{where}:{number}: \"{match.group(1)}\" is private to the engine library "
                                f"(the CLI includes public headers, ripple/{other}/...)")
    problems.extend(find_cycles(graph, root))
    if "--graph" in sys.argv:
        for (a, b), count in sorted(edges.items(), key=lambda e: (rank[e[0][0]], rank.get(e[0][1], 0))):
            if a != b:
                print(f"{a} -> {b}: {count}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_layers: {len(problems)} problem(s)")
        return 1
    print(f"check_layers: {len(graph)} files, layers {' < '.join(order)}: no upward include, no cycle")
    return 0


def find_cycles(graph, root):
    state, stack, found = {}, [], []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for child in graph.get(node, []):
            if state.get(child) == 1:
                cycle = stack[stack.index(child):] + [child]
                found.append("include cycle: " + " -> ".join(str(p.relative_to(root)) for p in cycle))
            elif child not in state:
                visit(child)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


if __name__ == "__main__":
    sys.exit(main())
