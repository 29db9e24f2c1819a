package org.dssamap.examples.maps;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcript of the working group's call of 24 August 2012, bundled as a test resource
 * ({@code dssa-call-2012-08-24.txt}, byte for byte as ICANN's GNSO published it: see the README beside it), read
 * into who said what, so that a test can check every quotation of the call map against it.
 *
 * <p>The map cites the call in one form, which {@link #citations} reads:
 *
 * <ul>
 *   <li>{@code Name: "words"} — an attendee, named as the attendee list names them, said the words; an optional
 *       parenthesis after the name says whom they spoke for ({@code Jacques Latour (CIRA): "..."});
 *   <li>{@code Name (chat, read out by Reader): "words"} — the attendee wrote the words in the chat and the reader
 *       read them out, so they are in the reader's turn, right after the writer's name as transcribed;
 *   <li>{@code attendee list: "words"} — the words are in the transcript's header, before the call starts.
 * </ul>
 *
 * <p>Inside the quotation marks the words are the transcript's own, garbling included; {@code " ... "} (an ellipsis
 * with a space either side) leaves words out, and the pieces then come in this order in the same person's words.
 * Case and runs of white space do not count. Double quotation marks are used for nothing else.
 */
final class CallTranscript {
  static final String RESOURCE = "/org/dssamap/examples/maps/dssa-call-2012-08-24.txt";

  /**
   * The transcript's speaker labels and the attendee each one is. Two are transcribed by ear: the roll call names
   * "(Warren Camari)" and "(Yoric Schieger)" for the attendee list's Warren Kumari and Joerg Schweiger. Labels
   * mapped to nobody are turns the transcript does not attribute to an attendee.
   */
  static final ImmutableMap<String, Optional<String>> LABELS = ImmutableMap.<String, Optional<String>>builder()
      .put("Mikey O'Connor", Optional.of("Mikey O'Connor"))
      .put("Jim Galvin", Optional.of("Jim Galvin"))
      .put("Jacques Latour", Optional.of("Jacques Latour"))
      .put("Don Blumenthal", Optional.of("Don Blumenthal"))
      .put("(Warren Camari)", Optional.of("Warren Kumari"))
      .put("(Yoric Schieger)", Optional.of("Joerg Schweiger"))
      .put("Nathalie Peregrine", Optional.of("Nathalie Peregrine"))
      .put("Coordinator", Optional.empty())
      .put("Man", Optional.empty())
      .put("(Julie)", Optional.empty())
      .buildOrThrow();

  /** The pseudo-speaker of quotations from the header. */
  static final String ATTENDEE_LIST = "attendee list";

  private static final String NAME = "[A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*";
  private static final Pattern CITATION = Pattern.compile(
      "(" + ATTENDEE_LIST + "|" + NAME + ")(?: \\((?:chat, read out by (" + NAME + ")|[^)\"]*)\\))?: \"([^\"]+)\"");

  /** One quotation in a text: who is said to have said it, who read it out (chat), and the words. */
  record Citation(String speaker, Optional<String> reader, String words) {
    /** The words split at each {@code " ... "}. */
    List<String> pieces() {
      return List.of(words.split(" \\.\\.\\. "));
    }
  }

  private final String text;
  private final String header;
  private final ImmutableMap<String, String> wordsByAttendee;

  private CallTranscript(String text) {
    this.text = text;
    int start = text.indexOf("\nCoordinator:");
    if (start < 0) {
      throw new IllegalStateException("the transcript has no line 'Coordinator:' where the call starts");
    }
    this.header = text.substring(0, start);
    Map<String, StringBuilder> words = new LinkedHashMap<>();
    Optional<String> speaker = Optional.empty();
    for (String line : text.substring(start + 1).split("\n", -1)) {
      String said = line;
      for (Map.Entry<String, Optional<String>> label : LABELS.entrySet()) {
        if (line.startsWith(label.getKey() + ":")) {
          speaker = label.getValue();
          said = line.substring(label.getKey().length() + 1).replaceFirst("^:", "");
          break;
        }
      }
      if (speaker.isPresent()) {
        words.computeIfAbsent(speaker.get(), k -> new StringBuilder()).append(said).append(' ');
      }
    }
    ImmutableMap.Builder<String, String> normalized = ImmutableMap.builder();
    words.forEach((speakerName, said) -> normalized.put(speakerName, normalize(said.toString())));
    this.wordsByAttendee = normalized.buildOrThrow();
  }

  /** The bundled transcript. */
  static CallTranscript load() {
    try (InputStream in = CallTranscript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test class path");
      }
      return new CallTranscript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lower case, every run of white space one space, no space at either end. */
  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The whole file as read. */
  String text() {
    return text;
  }

  /** Whether the header lists {@code name} among the people on the call (or sending apologies). */
  boolean isAttendee(String name) {
    return normalize(header).contains(normalize(name));
  }

  /** The attendees who speak in the transcript, each with all their words, normalized, in order. */
  ImmutableMap<String, String> wordsByAttendee() {
    return wordsByAttendee;
  }

  /** The transcribed first name of an attendee who speaks: what the readers of the chat call them. */
  static String transcribedFirstName(String attendee) {
    return LABELS.entrySet().stream()
        .filter(e -> e.getValue().equals(Optional.of(attendee)))
        .map(e -> e.getKey().replaceAll("[()]", "").split(" ")[0])
        .findFirst().orElseThrow(() -> new IllegalArgumentException(attendee + " does not speak on the call"));
  }

  /** Every quotation in {@code text}, in order. */
  static ImmutableList<Citation> citations(String text) {
    List<Citation> found = new ArrayList<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      found.add(new Citation(m.group(1), Optional.ofNullable(m.group(2)), m.group(3)));
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * What is wrong with the quotations of {@code text}, one line each, {@code where} first; empty when every
   * double quotation mark belongs to a citation, every person cited is an attendee and every quotation is in the
   * words of whom it is attributed to.
   */
  List<String> problems(String where, String text) {
    List<String> problems = new ArrayList<>();
    ImmutableList<Citation> citations = citations(text);
    long marks = text.chars().filter(c -> c == '"').count();
    if (marks != 2L * citations.size()) {
      problems.add(where + ": " + marks + " quotation marks but " + citations.size()
          + " attributed quotations (every quotation needs 'Name: \"...\"'): " + text);
    }
    for (Citation c : citations) {
      problems.addAll(problems(where, c));
    }
    return problems;
  }

  private List<String> problems(String where, Citation c) {
    if (c.speaker().equals(ATTENDEE_LIST)) {
      return contains(normalize(header), c.pieces())
          ? List.of() : List.of(where + ": not in the attendee list: \"" + c.words() + "\"");
    }
    List<String> problems = new ArrayList<>();
    for (String person : c.reader().isPresent() ? List.of(c.speaker(), c.reader().get()) : List.of(c.speaker())) {
      if (!isAttendee(person)) {
        problems.add(where + ": " + person + " is not in the attendee list");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (c.reader().isEmpty()) {
      if (!said(c.speaker(), c.words())) {
        problems.add(where + ": " + c.speaker() + " never said \"" + c.words() + "\"");
      }
    } else if (!readOut(c.reader().get(), c.speaker(), c.words())) {
      problems.add(where + ": " + c.reader().get() + " never read out \"" + c.words() + "\" from "
          + c.speaker() + " (" + transcribedFirstName(c.speaker()) + ")");
    }
    return problems;
  }

  /** Whether {@code attendee} said {@code words} (pieces separated by {@code " ... "}, in order). */
  boolean said(String attendee, String words) {
    String theirs = wordsByAttendee.get(attendee);
    return theirs != null && contains(theirs, List.of(words.split(" \\.\\.\\. ")));
  }

  /**
   * Whether {@code reader} read out {@code words} from the chat of {@code writer}: the words are in the reader's
   * turn and the writer's transcribed first name comes at most 80 characters before them.
   */
  boolean readOut(String reader, String writer, String words) {
    String theirs = wordsByAttendee.get(reader);
    if (theirs == null || !wordsByAttendee.containsKey(writer)) {
      return false;
    }
    String name = normalize(transcribedFirstName(writer));
    String first = normalize(words.split(" \\.\\.\\. ")[0]);
    for (int at = theirs.indexOf(first); at >= 0; at = theirs.indexOf(first, at + 1)) {
      if (theirs.substring(Math.max(0, at - 80), at).contains(name)
          && contains(theirs.substring(at), List.of(words.split(" \\.\\.\\. ")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String haystack, List<String> pieces) {
    int from = 0;
    for (String piece : pieces) {
      int at = haystack.indexOf(normalize(piece), from);
      if (at < 0) {
        return false;
      }
      from = at + normalize(piece).length();
    }
    return true;
  }
}
