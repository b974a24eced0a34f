"""The apps depend in one direction (ARCHITECTURE.md): the import contract in pyproject.toml
holds, and no module of the product reaches itself through a circle of imports, counting
imports inside functions too."""

from pathlib import Path

import grimp
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
APPS = ("core", "scholen", "cyclus", "kennisbank", "plg", "verbeterplan", "monitoring", "meldingen")


def circles(graph, modules) -> list[list[str]]:
    """The groups of modules that import each other round, directly or through others
    (Tarjan's strongly connected components, iteratively: the graph is deep)."""
    modules = set(modules)
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    for start in sorted(modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start) & modules)))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == module:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append(
                    (child, iter(sorted(graph.find_modules_directly_imported_by(child) & modules)))
                )
            elif child in on_stack:
                low[module] = min(low[module], index[child])
    return found


def test_the_import_contract_holds(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_no_module_imports_itself_in_a_circle():
    graph = grimp.build_graph(*APPS, cache_dir=None)
    product = [m for m in graph.modules if ".tests" not in m and ".migrations" not in m]
    assert circles(graph, product) == []


def test_the_circle_finder_sees_a_circle_through_a_function_level_import():
    graph = grimp.ImportGraph()
    for module in ("a.models", "a.poort", "b.models", "b.views"):
        graph.add_module(module)
    graph.add_import(importer="a.models", imported="a.poort")
    graph.add_import(importer="a.poort", imported="b.models")
    graph.add_import(importer="b.models", imported="a.models")
    graph.add_import(importer="b.views", imported="b.models")
    assert circles(graph, graph.modules) == [["a.models", "a.poort", "b.models"]]
