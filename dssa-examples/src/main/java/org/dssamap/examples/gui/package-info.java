/**
 * The Swing viewer of {@code dssa gui}: the wheel, the table and the findings of a map side by side, with
 * filters, and the placements and relationships of the organization picked. Built from dssa-render's Swing
 * components; may depend on every dssa-map library module, never on the command line.
 */
@NullMarked
package org.dssamap.examples.gui;

import org.jspecify.annotations.NullMarked;
