"""The corpus: visits and articles on disk, loaded and checked."""

from briefing_tui.corpus.loader import Corpus, load_corpus, read_body, split_front_matter
from briefing_tui.corpus.model import Article, Visit

__all__ = ["Article", "Corpus", "Visit", "load_corpus", "read_body", "split_front_matter"]
