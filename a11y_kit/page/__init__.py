"""What a page shows of the mode: the template object, the toolbar and the switch, their
words, the stylesheets and script, and the app's settings they read."""
