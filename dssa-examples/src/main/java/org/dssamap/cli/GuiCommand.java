package org.dssamap.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.dssamap.examples.gui.MapViewer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dssa gui [FILE]}: the Swing viewer. */
@Command(name = "gui",
    header = "Opens the viewer: the wheel, the table and the findings side by side.",
    description = {
        "Open a map from the File menu or by dropping it on the window. Click an organization's dot to see its",
        "placements and relationships; the mouse wheel zooms, dragging pans, a double click fits."})
final class GuiCommand implements Callable<Integer> {
  @Mixin
  private MapInput input = new MapInput();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The map to open: .json or .csv.")
  private @Nullable Path file;

  @Override
  public Integer call() throws InterruptedException, InvocationTargetException {
    if (GraphicsEnvironment.isHeadless()) {
      throw CommandFailure.usage("dssa gui: no display to open a window on (is DISPLAY set?); "
          + "dssa render and dssa report draw without one");
    }
    CountDownLatch closed = new CountDownLatch(1);
    SwingUtilities.invokeAndWait(() -> {
      JFrame frame = MapViewer.show(input::load, file);
      frame.addWindowListener(new WindowAdapter() {
        @Override
        public void windowClosed(WindowEvent e) {
          closed.countDown();
        }
      });
    });
    // The command ends when the window does, so that the launcher's exit does not close it.
    closed.await();
    return Dssa.EXIT_OK;
  }
}
