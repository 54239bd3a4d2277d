"""The event and its time: anniversaries, the minute of silence, facts and zones.

No I/O, no command line, no Babel or Rich."""
