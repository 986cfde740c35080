"""The reader's screens: the reader itself and the dialogs over the whole corpus."""
