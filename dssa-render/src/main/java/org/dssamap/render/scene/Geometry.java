package org.dssamap.render.scene;

import java.awt.Shape;

/** A plain, immutable outline in scene coordinates (pixels at scale 1, y down). */
public sealed interface Geometry permits Circle, Box, AnnularSector, Segment, Curve,
    DashedRing, NoteShape {
  /** The Java2D shape to paint. */
  Shape toShape();

  /** Whether the point lies inside (or on) the outline. */
  boolean contains(double x, double y);

  /** The smallest axis-aligned box around the outline. */
  Box bounds();
}
