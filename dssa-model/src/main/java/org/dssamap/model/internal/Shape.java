package org.dssamap.model.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Layer;
import org.jspecify.annotations.Nullable;

/**
 * A record as files hold it: its fields in the order a canonical file writes them, how a record is made from their
 * values, and the rules that join fields. One description drives the JSON reader, the canonical JSON writer and
 * the sheet columns, so that a field added here is read and written everywhere ({@code docs/formats.md}, "Adding a
 * field").
 *
 * @param <R> the record
 */
public final class Shape<R> {
  private final String what;
  private final ImmutableList<Field<R>> fields;
  private final Function<Values, R> make;
  private final ImmutableList<Rule> rules;

  private Shape(String what, List<Field<R>> fields, Function<Values, R> make, List<Rule> rules) {
    this.what = requireNonNull(what, "what");
    this.fields = ImmutableList.copyOf(fields);
    this.make = requireNonNull(make, "make");
    this.rules = ImmutableList.copyOf(rules);
    if (this.fields.size() > 31) {
      throw new IllegalArgumentException("a shape has at most 31 fields, a bit each for the readers");
    }
  }

  /** A record of {@code fields}, made by {@code make} from their values. */
  public static <R> Shape<R> of(String what, List<Field<R>> fields, Function<Values, R> make, Rule... rules) {
    return new Shape<>(what, fields, make, Arrays.asList(rules));
  }

  /** What a message calls a record ("a placement"). */
  public String what() {
    return what;
  }

  /** The fields, in the order a canonical file writes them. */
  public ImmutableList<Field<R>> fields() {
    return fields;
  }

  /** The field of JSON key {@code name}; -1 when there is none. */
  public int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The field of sheet column {@code column}; -1 when there is none. */
  public int indexOfColumn(String column) {
    for (int i = 0; i < fields.size(); i++) {
      if (column.equals(fields.get(i).column())) {
        return i;
      }
    }
    return -1;
  }

  /** The rules that join fields. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * The record of {@code values}, every required one given and every rule kept.
   *
   * @throws IllegalArgumentException when the model refuses them anyway
   */
  public R make(Values values) {
    return make.apply(values);
  }

  /**
   * A rule that joins fields: when it does not hold, a problem at {@code field} (or at the record itself, for
   * -1; a sheet then names {@code column}). A rule at a field is about that field's value: readers check it only
   * when the field has one.
   *
   * @param field the field the problem is at, or -1 for the record
   * @param column the sheet column the problem is at
   * @param holds whether the values keep the rule; values of fields that had problems are null
   * @param message what was found and what was expected
   */
  public record Rule(int field, String column, Predicate<Values> holds, Function<Values, String> message) {
    /** Checks the parts. */
    public Rule {
      requireNonNull(column, "column");
      requireNonNull(holds, "holds");
      requireNonNull(message, "message");
    }
  }

  /**
   * The values of one record's fields as read, by field number: null for a field not given. A reader may keep
   * one and {@link #clear()} it for each record, and may share cells by overriding {@link #cell}.
   */
  public static class Values {
    private final @Nullable Object[] values;

    /** Room for the values of {@code shape}. */
    public Values(Shape<?> shape) {
      values = new Object[shape.fields().size()];
    }

    /** Forgets every value. */
    public final void clear() {
      Arrays.fill(values, null);
    }

    /** Sets the value of field {@code i}. */
    public final void set(int i, @Nullable Object value) {
      values[i] = value;
    }

    /** The value of field {@code i}, or null. */
    public final @Nullable Object get(int i) {
      return values[i];
    }

    /** Whether field {@code i} has a value. */
    public final boolean has(int i) {
      return values[i] != null;
    }

    /** The value of required field {@code i}. */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // the record's constructor gives the field's type
    public final <T> T required(int i) {
      return (T) requireNonNull(values[i], "a required value");
    }

    /** The value of field {@code i}, or {@code otherwise}. */
    @SuppressWarnings("unchecked")
    public final <T> T or(int i, T otherwise) {
      @Nullable Object v = values[i];
      return v == null ? otherwise : (T) v;
    }

    /** The value of field {@code i} as an optional; readers may return one they share. */
    @SuppressWarnings("unchecked")
    public <T> java.util.Optional<T> optional(int i) {
      @Nullable Object v = values[i];
      return v == null ? java.util.Optional.empty() : java.util.Optional.of((T) v);
    }

    /** The cell of the function, dimension and layer given by fields {@code function}, {@code dimension}, {@code layer}. */
    public Cell cell(int function, int dimension, int layer) {
      return Cell.of(this.<String>required(function), this.<Dimension>required(dimension),
          this.<Layer>required(layer));
    }
  }
}
