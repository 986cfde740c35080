"""The article view, with the text layout, marks and reading cursor it draws from."""

from briefing_tui.ui.widgets.article.view import ArticleView

__all__ = ["ArticleView"]
