// Weighs a change to the map reader: two builds of dssa-model read the same map file in one JVM, round by round,
// each against Jackson's token scan of the same bytes (the `load` row's baseline). Each build has a class loader of
// its own that takes dssa-model's classes from it and everything else (Jackson, Guava) from the class path, so the
// two run side by side under the same JIT, heap and machine load, which two processes do not. The machine's speed
// drifts by half within minutes (docs/benchmarks.md); the ratio B/A of one round is much steadier than either time.
// The two builds take turns at going first, as dssa bench's sides do.
//
//   ./dssa --version                                    # builds dssa-examples/target/dssa-examples-*-all.jar
//   ALL=$(ls -t dssa-examples/target/dssa-examples-*-all.jar | head -n 1)
//   java -cp "$ALL" scripts/load-ab.java generate 100000 /tmp/m5.json       # the bench's quick map (seed 20120824)
//   rm -rf /tmp/a && cp -r dssa-model/target/classes /tmp/a                 # build A, before the change
//   ... change the reader, then ./mvnw -q -o compile -pl dssa-model ...
//   java -XX:+UseParallelGC -Xmx4g -cp "$ALL" scripts/load-ab.java compare /tmp/m5.json /tmp/a \
//       dssa-model/target/classes [ROUNDS]
//
// A and B are directories of classes or jars of dssa-model. Each round collects garbage before each of three
// timings: a read with A and one with B (A first in even rounds, B first in odd ones), then the scan. The medians are
// over the rounds after the first third (the warm-up); ROUNDS is at least 3. A removal experiment (a part of the
// reader taken out in B) says what the part costs, which a profiler's share does not.
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.dssamap.model.json.MapJson;

class LoadAb {
  private static final JsonFactory JSON = new JsonFactory();
  private static final long SEED = 2012_08_24L;

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("generate")) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
        MapJson.write(SyntheticMaps.generate(SEED, Integer.parseInt(args[1])), out);
      }
      System.out.println("wrote " + args[2]);
    } else if ((args.length == 4 || args.length == 5) && args[0].equals("compare")) {
      int rounds = args.length == 5 ? Integer.parseInt(args[4]) : 60;
      if (rounds < 3) {
        System.err.println("load-ab.java: ROUNDS is at least 3");
        System.exit(2);
      }
      compare(Files.readAllBytes(Path.of(args[1])), reader(args[2]), reader(args[3]), rounds);
    } else {
      System.err.println("usage: load-ab.java generate PLACEMENTS FILE | compare FILE A B [ROUNDS]");
      System.exit(2);
    }
  }

  private static void compare(byte[] bytes, Method a, Method b, int rounds) throws Exception {
    List<Double> aToScan = new ArrayList<>();
    List<Double> bToScan = new ArrayList<>();
    List<Double> bToA = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long ta;
      long tb;
      if (round % 2 == 0) {
        ta = timed(a, bytes);
        tb = timed(b, bytes);
      } else {
        tb = timed(b, bytes);
        ta = timed(a, bytes);
      }
      System.gc();
      long start = System.nanoTime();
      scan(bytes);
      long ts = System.nanoTime() - start;
      if (round >= rounds / 3) {
        aToScan.add((double) ta / ts);
        bToScan.add((double) tb / ts);
        bToA.add((double) tb / ta);
      }
    }
    System.out.printf(Locale.ROOT, "A %.3fx the scan, B %.3fx, B/A %.3f (medians of %d rounds)%n", median(aToScan),
        median(bToScan), median(bToA), bToA.size());
  }

  private static long timed(Method read, byte[] bytes) throws Exception {
    System.gc();
    long start = System.nanoTime();
    if (read.invoke(null, bytes, "ab.json") == null) {
      throw new IllegalStateException("no map");
    }
    return System.nanoTime() - start;
  }

  private static int scan(byte[] bytes) throws Exception {
    try (JsonParser parser = JSON.createParser(bytes)) {
      int tokens = 0;
      while (parser.nextToken() != null) {
        tokens++;
      }
      return tokens;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** {@code MapJson.read(byte[], String)} of the dssa-model build at {@code location}. */
  private static Method reader(String location) throws Exception {
    URL url = Path.of(location).toUri().toURL();
    ClassLoader model = new ModelFirst(url, LoadAb.class.getClassLoader());
    return model.loadClass("org.dssamap.model.json.MapJson").getMethod("read", byte[].class, String.class);
  }

  /** Takes dssa-model's classes and resources from its own build first, everything else from its parent. */
  private static final class ModelFirst extends URLClassLoader {
    private static final String MODEL = "org.dssamap.model.";

    ModelFirst(URL build, ClassLoader parent) {
      super(new URL[] {build}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(MODEL)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = name.startsWith(MODEL.replace('.', '/')) ? findResource(name) : null;
      return own != null ? own : super.getResource(name);
    }
  }
}
