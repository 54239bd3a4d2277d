"""The process and the OS: signals, standard streams, the clock, files written whole."""
