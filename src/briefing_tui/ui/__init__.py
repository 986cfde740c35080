"""The Textual reader: panes, the article view and the dialogs around them."""
