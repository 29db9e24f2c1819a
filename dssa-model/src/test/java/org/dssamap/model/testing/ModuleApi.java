package org.dssamap.model.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/**
 * The rules every library module's API keeps, checked from its compiled classes: the API is the packages its {@code
 * module-info} exports; every other package is named {@code internal}, so that the API check (japicmp, which
 * excludes {@code *.internal.*}) leaves it out and a reader of the package name knows it carries no promise; and no
 * exported signature names an internal type. Each module's {@code ModuleApiTest} runs these on its own classes.
 */
public final class ModuleApi {
  private final Path classes;
  private final ClassLoader loader;

  private ModuleApi(Path classes, ClassLoader loader) {
    this.classes = classes;
    this.loader = loader;
  }

  /** The API of the module whose classes are in {@code target/classes}, loaded by {@code anchor}'s loader. */
  public static ModuleApi ofThisModule(Class<?> anchor) {
    return new ModuleApi(Path.of("target/classes"), anchor.getClassLoader());
  }

  /** The packages the module neither exports nor names {@code internal}: none, if the module keeps the rule. */
  public ImmutableList<String> packagesNeitherExportedNorInternal() {
    Set<String> exported = exported();
    List<String> neither = new ArrayList<>();
    for (String p : descriptor().packages()) {
      if (!exported.contains(p) && !isInternal(p)) {
        neither.add(p);
      }
    }
    return ImmutableList.copyOf(neither);
  }

  /** The module's packages named {@code internal}. */
  public ImmutableList<String> internalPackages() {
    return descriptor().packages().stream().filter(ModuleApi::isInternal).sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /** The exported packages that are named {@code internal}, or exported to some modules only: none, by the rule. */
  public ImmutableList<String> exportsNamedInternalOrQualified() {
    List<String> wrong = new ArrayList<>();
    for (ModuleDescriptor.Exports e : descriptor().exports()) {
      if (isInternal(e.source())) {
        wrong.add(e.source() + " is exported but named internal");
      }
      if (e.isQualified()) {
        wrong.add(e.source() + " is exported to some modules only");
      }
    }
    return ImmutableList.copyOf(wrong);
  }

  /**
   * Every place a public or protected member of an exported class names an internal type (a caller could not use
   * it on the module path, and a change to the internal type would change the API behind japicmp's back): none, by
   * the rule.
   */
  public ImmutableList<String> internalTypesInExportedSignatures() throws ClassNotFoundException {
    Set<String> exported = exported();
    List<String> leaks = new ArrayList<>();
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
    return ImmutableSortedSet.copyOf(leaks).asList();
  }

  private ModuleDescriptor descriptor() {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in, this::packages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> exported() {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor().exports()) {
      exported.add(e.source());
    }
    return exported;
  }

  /** The packages holding at least one class, found by walking the compiled classes. */
  private Set<String> packages() {
    Set<String> packages = new TreeSet<>();
    for (String name : classNames()) {
      packages.add(name.substring(0, name.lastIndexOf('.')));
    }
    return packages;
  }

  /** Every class in the compiled classes, nested ones included, by binary name; module-info left out. */
  private List<String> classNames() {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p).toString().replace(classes.getFileSystem().getSeparator(), "."))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> !n.equals("module-info"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isInternal(String packageName) {
    return List.of(packageName.split("\\.")).contains("internal");
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
