package org.dssamap.model.internal;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record as files hold it: its JSON key, its sheet column, the kind of its value, whether it must be
 * given, what a message calls it, and how its value is taken from a record.
 *
 * @param <R> the record
 */
public final class Field<R> {
  /** What a field's value refers to, for the readers that check references. */
  public enum Ref {
    /** Nothing. */
    NONE,
    /** The id of an organization of the map. */
    ORGANIZATION,
    /** The id of a function of the map's catalog (or several, for {@link Kind.Tag#SLUGS}). */
    FUNCTION
  }

  private final String name;
  private final @Nullable String column;
  private final Kind kind;
  private final boolean required;
  private final String what;
  private final @Nullable Object absent;
  private final Function<R, @Nullable Object> get;
  private final Ref ref;

  private Field(String name, @Nullable String column, Kind kind, boolean required, String what,
      @Nullable Object absent, Function<R, @Nullable Object> get, Ref ref) {
    this.name = requireNonNull(name, "name");
    this.column = column;
    this.kind = requireNonNull(kind, "kind");
    this.required = required;
    this.what = requireNonNull(what, "what");
    this.absent = absent;
    this.get = requireNonNull(get, "get");
    this.ref = requireNonNull(ref, "ref");
  }

  /** A field every record gives. */
  public static <R> Field<R> required(String name, @Nullable String column, Kind kind, String what,
      Function<R, Object> get) {
    return new Field<>(name, column, kind, true, what, null, get, Ref.NONE);
  }

  /**
   * A field a record may leave out: {@code get} gives null when the record has no value, and a value equal to
   * {@code absent} (when not null) is what a missing field means, left out of a JSON file.
   */
  public static <R> Field<R> optional(String name, @Nullable String column, Kind kind, String what,
      @Nullable Object absent, Function<R, @Nullable Object> get) {
    return new Field<>(name, column, kind, false, what, absent, get, Ref.NONE);
  }

  /** This field, referring to {@code newRef}. */
  public Field<R> refersTo(Ref newRef) {
    return new Field<>(name, column, kind, required, what, absent, get, newRef);
  }

  /** The JSON key. */
  public String name() {
    return name;
  }

  /** The column of a sheet, or null when sheets do not hold the field. */
  public @Nullable String column() {
    return column;
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /** Whether every record must give it. */
  public boolean isRequired() {
    return required;
  }

  /** What a message calls the value ("an organization id"). */
  public String what() {
    return what;
  }

  /** What a message says is expected of the field. */
  public String expected() {
    return kind.expected(what);
  }

  /** What a missing value means, or null when nothing is meant (the record then has no value). */
  public @Nullable Object absent() {
    return absent;
  }

  /** What the value refers to. */
  public Ref ref() {
    return ref;
  }

  /** The record's value of this field, or null when it has none. */
  public @Nullable Object get(R record) {
    return get.apply(record);
  }

  /** The record's value when a file must say it: null when it has none, or when it is what a missing field means. */
  public @Nullable Object toWrite(R record) {
    @Nullable Object value = get.apply(record);
    return value == null || Objects.equals(value, absent) ? null : value;
  }

  @Override
  public String toString() {
    return name;
  }
}
