package org.citecheck.cli;

import java.io.InputStream;
import java.io.OutputStream;

/** The standard streams a command reads and writes; tests pass their own. */
record Streams(InputStream in, OutputStream out, OutputStream err) {}
