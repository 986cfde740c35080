"""The reader's widgets: the article view and the visits and articles panes."""
