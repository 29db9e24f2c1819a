package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.awt.Font;

/**
 * A font by family, weight and size, so that a scene says which font without holding a platform object.
 *
 * @param family a family name or a logical font ({@code SansSerif})
 * @param bold whether the weight is bold
 * @param size the size in scene units (pixels at scale 1)
 */
public record FontSpec(String family, boolean bold, float size) {
  /** Checks the parts. */
  public FontSpec {
    requireNonNull(family, "family");
    checkArgument(size > 0 && Float.isFinite(size), "font size must be positive, got %s", size);
  }

  /** A plain font. */
  public static FontSpec plain(String family, float size) {
    return new FontSpec(family, false, size);
  }

  /** A bold font. */
  public static FontSpec bold(String family, float size) {
    return new FontSpec(family, true, size);
  }

  /** This font at another size. */
  public FontSpec withSize(float newSize) {
    return new FontSpec(family, bold, newSize);
  }

  /** The Java2D font. */
  public Font toFont() {
    return new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
  }
}
