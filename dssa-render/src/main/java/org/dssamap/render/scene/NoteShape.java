package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import java.awt.Shape;
import java.awt.geom.Path2D;

/**
 * A small sheet of paper with its top right corner folded down: the mark of a cell that has notes. Its outline is
 * {@code box} with the corner cut off, plus the fold; filled, the fold adds nothing, stroked it shows.
 *
 * @param box the sheet
 */
public record NoteShape(Box box) implements Geometry {
  /** Checks the box. */
  public NoteShape {
    requireNonNull(box, "box");
  }

  /** The size of the folded corner: a third of the sheet's height, at most 4 pixels. */
  public double fold() {
    return Math.min(4, Math.min(box.width(), box.height()) / 3);
  }

  @Override
  public Shape toShape() {
    double f = fold();
    Path2D.Double p = new Path2D.Double();
    p.moveTo(box.x(), box.y());
    p.lineTo(box.maxX() - f, box.y());
    p.lineTo(box.maxX(), box.y() + f);
    p.lineTo(box.maxX(), box.maxY());
    p.lineTo(box.x(), box.maxY());
    p.closePath();
    // the fold, turning the same way as the outline, so that filling (non-zero winding) leaves it filled
    p.moveTo(box.maxX(), box.y() + f);
    p.lineTo(box.maxX() - f, box.y() + f);
    p.lineTo(box.maxX() - f, box.y());
    return p;
  }

  @Override
  public boolean contains(double x, double y) {
    return box.contains(x, y);
  }

  @Override
  public Box bounds() {
    return box;
  }
}
