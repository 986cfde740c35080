"""Merging hits from several passes: the longest span wins, earlier passes win a tie."""

from __future__ import annotations

from bisect import bisect_left

from briefing_tui.entities.mention import Mention


def resolve(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Merge rule hits into gazetteer hits: longest wins, the gazetteer wins a tie.

    Hits are swept in order of start; each cluster of overlapping hits is settled on
    its own, so a long text costs ``n log n``, not ``n`` squared.
    """
    spans = {(m.start, m.end) for m in found}
    extra = [m for m in extra if (m.start, m.end) not in spans]
    if not extra:
        return found
    items = found + extra
    items.sort()
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
    starts = [m.start for m in accepted]
    out = list(accepted)
    added = False
    for candidate in extra:
        low = bisect_left(starts, candidate.start)
        if low > 0 and accepted[low - 1].end > candidate.start:
            continue
        if low < len(accepted) and accepted[low].start < candidate.end:
            continue
        out.append(candidate)
        added = True
    if added:
        out.sort()
    return out
