"""The reader's language: catalogs, CLDR names through Babel, ordinals, places."""
