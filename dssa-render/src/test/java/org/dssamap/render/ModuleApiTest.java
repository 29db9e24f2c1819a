package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API of dssa-render is the packages its {@code module-info} exports; every other package is named
 * {@code internal}, so that the API check (japicmp, which excludes {@code *.internal.*}) leaves it out and a
 * reader of the package name knows it carries no promise. Read from the compiled classes of this module.
 */
class ModuleApiTest {

  private static final Path CLASSES = Path.of("target/classes");

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in, ModuleApiTest::packages);
    }
  }

  /** The packages holding at least one class, found by walking the compiled classes. */
  private static Set<String> packages() {
    Set<String> packages = new TreeSet<>();
    for (String name : classNames()) {
      packages.add(name.substring(0, name.lastIndexOf('.')));
    }
    return packages;
  }

  /** Every class in the compiled classes, nested ones included, by binary name; module-info left out. */
  private static List<String> classNames() {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> CLASSES.relativize(p).toString().replace(CLASSES.getFileSystem().getSeparator(), "."))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> !n.equals("module-info"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isInternal(String packageName) {
    return List.of(packageName.split("\\.")).contains("internal");
  }

  private static Set<String> exported() throws IOException {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor().exports()) {
      exported.add(e.source());
    }
    return exported;
  }

  @Test
  void everyPackageTheModuleDoesNotExportIsNamedInternal() throws IOException {
    Set<String> exported = exported();
    List<String> neither = new ArrayList<>();
    for (String p : descriptor().packages()) {
      if (!exported.contains(p) && !isInternal(p)) {
        neither.add(p);
      }
    }
    assertEquals(List.of(), neither, "packages neither exported nor named internal");
    assertTrue(descriptor().packages().stream().anyMatch(ModuleApiTest::isInternal), "no internal package found");
  }

  @Test
  void noExportedPackageIsNamedInternalNorQualified() throws IOException {
    for (ModuleDescriptor.Exports e : descriptor().exports()) {
      assertFalse(isInternal(e.source()), e.source() + " is exported but named internal");
      assertFalse(e.isQualified(), e.source() + " is exported to some modules only");
    }
  }

  /**
   * An exported class's public or protected member must not name an internal type: a caller could not use it
   * on the module path, and a change to the internal type would change the API behind japicmp's back.
   */
  @Test
  void theExportedSignaturesNameNoInternalType() throws Exception {
    Set<String> exported = exported();
    List<String> leaks = new ArrayList<>();
    ClassLoader loader = MapRenderer.class.getClassLoader();
    for (String name : classNames()) {
      Class<?> c = Class.forName(name, false, loader);
      if (!exported.contains(c.getPackageName()) || !visible(c)) {
        continue;
      }
      check(c + " extends", c.getGenericSuperclass(), leaks);
      for (Type i : c.getGenericInterfaces()) {
        check(c + " implements", i, leaks);
      }
      for (TypeVariable<?> v : c.getTypeParameters()) {
        check(c + " type parameter", v, leaks);
      }
      boolean extensible = !Modifier.isFinal(c.getModifiers());
      for (Field f : c.getDeclaredFields()) {
        if (!f.isSynthetic() && reachable(f.getModifiers(), extensible)) {
          check(c.getName() + "." + f.getName(), f.getGenericType(), leaks);
        }
      }
      List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredMethods()));
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        executables.add(k);
      }
      for (Executable x : executables) {
        if (x.isSynthetic() || !reachable(x.getModifiers(), extensible)) {
          continue;
        }
        String where = x.toGenericString();
        if (x instanceof Method m) {
          check(where, m.getGenericReturnType(), leaks);
        }
        for (Type t : x.getGenericParameterTypes()) {
          check(where, t, leaks);
        }
        for (Type t : x.getGenericExceptionTypes()) {
          check(where, t, leaks);
        }
        for (TypeVariable<?> v : x.getTypeParameters()) {
          check(where, v, leaks);
        }
      }
    }
    assertEquals(List.of(), ImmutableSortedSet.copyOf(leaks).asList());
  }

  private static boolean visible(Class<?> c) {
    Class<?> outer = c.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(c.getModifiers());
    }
    return visible(outer) && reachable(c.getModifiers(), !Modifier.isFinal(outer.getModifiers()));
  }

  private static boolean reachable(int modifiers, boolean extensible) {
    return Modifier.isPublic(modifiers) || (extensible && Modifier.isProtected(modifiers));
  }

  private static void check(String where, Type type, List<String> leaks) {
    collect(type, new HashSet<>()).stream()
        .filter(c -> isInternal(c.getPackageName()))
        .forEach(c -> leaks.add(where + " names " + c.getName()));
  }

  /** The classes a type names: itself, its type arguments, bounds and array components, all the way down. */
  private static Set<Class<?>> collect(Type type, Set<Type> seen) {
    Set<Class<?>> out = new HashSet<>();
    if (type == null || !seen.add(type)) {
      return out;
    }
    if (type instanceof Class<?> c) {
      out.add(c.isArray() ? c.componentType() : c);
      if (c.isArray()) {
        out.addAll(collect(c.componentType(), seen));
      }
    } else if (type instanceof ParameterizedType p) {
      out.addAll(collect(p.getRawType(), seen));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(collect(a, seen));
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        out.addAll(collect(b, seen));
      }
      for (Type b : w.getLowerBounds()) {
        out.addAll(collect(b, seen));
      }
    } else if (type instanceof GenericArrayType a) {
      out.addAll(collect(a.getGenericComponentType(), seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        out.addAll(collect(b, seen));
      }
    }
    return out;
  }
}
