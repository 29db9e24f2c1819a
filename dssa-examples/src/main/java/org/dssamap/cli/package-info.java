/**
 * The {@code dssa} command line: the root command {@link org.dssamap.cli.Dssa}, its subcommands, and what they
 * share (loading a map file by extension, the {@code --public} option, atomic output files, progress on stderr,
 * exit codes). May depend on every dssa-map module; nothing depends on it.
 */
@NullMarked
package org.dssamap.cli;

import org.jspecify.annotations.NullMarked;
