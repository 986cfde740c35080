"""Merging hits from several passes: the longest span wins, earlier passes win a tie."""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from briefing_tui.entities.mention import Mention

START = itemgetter(0)


def resolve(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Merge rule hits into gazetteer hits: longest wins, the gazetteer wins a tie.

    ``found`` is sorted and never overlaps itself, so a cluster of overlapping hits
    always holds a rule hit: only the rule hits and the gazetteer hits they touch
    are swept, in order of start, and each cluster is settled on its own.
    """
    if not extra:
        return found
    starts = list(map(START, found))
    count = len(found)
    kept: list[Mention] = []
    touched: set[int] = set()
    for mention in extra:
        start, end = mention[0], mention[1]
        at = bisect_left(starts, start)
        if at < count and starts[at] == start and found[at][1] == end:
            continue
        kept.append(mention)
        if at and found[at - 1][1] > start:
            touched.add(at - 1)
        while at < count and starts[at] < end:
            touched.add(at)
            at += 1
    if not kept:
        return found
    items = kept + [found[i] for i in touched]
    items.sort()
    spans = {(found[i][0], found[i][1]) for i in touched}
    out = _sweep(items, spans)
    if len(touched) < count:
        previous = 0
        for index in sorted(touched):
            out.extend(found[previous:index])
            previous = index + 1
        out.extend(found[previous:])
        out.sort()
    return out


def _sweep(items: list[Mention], spans: set[tuple[int, int]]) -> list[Mention]:
    """Settle each cluster of overlapping hits in ``items`` (sorted) on its own."""
    out: list[Mention] = []
    cluster: list[Mention] = []
    cluster_end = -1
    for item in items:
        if cluster and item.start >= cluster_end:
            if len(cluster) == 1:
                out.append(cluster[0])
            else:
                _settle(cluster, spans, out)
            cluster = []
        if not cluster or item.end > cluster_end:
            cluster_end = item.end
        cluster.append(item)
    if len(cluster) == 1:
        out.append(cluster[0])
    elif cluster:
        _settle(cluster, spans, out)
    return out


def _settle(cluster: list[Mention], spans: set[tuple[int, int]], out: list[Mention]) -> None:
    """Keep the longest hits of one cluster that do not overlap, gazetteer first on a tie."""
    chosen: list[Mention] = []

    def rank(m: Mention) -> tuple[int, bool, int]:
        return (m.start - m.end, (m.start, m.end) not in spans, m.start)

    for mention in sorted(cluster, key=rank):
        start, end = mention.start, mention.end
        if any(start < kept.end and kept.start < end for kept in chosen):
            continue
        if mention.type == "PERSON" and (start, end) not in spans:
            for other in cluster:
                if other.type == "PERSON" and other.end == end and (other.start, end) in spans:
                    mention = mention._replace(name=other.name)
        chosen.append(mention)
    chosen.sort()
    out.extend(chosen)


def fill(accepted: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add the hits that overlap nothing already accepted."""
    if not extra:
        return accepted
    starts = list(map(START, accepted))
    count = len(accepted)
    added: list[Mention] = []
    for candidate in extra:
        start = candidate[0]
        low = bisect_left(starts, start)
        if low > 0 and accepted[low - 1][1] > start:
            continue
        if low < count and starts[low] < candidate[1]:
            continue
        added.append(candidate)
    if not added:
        return accepted
    out = accepted + added
    out.sort()
    return out
