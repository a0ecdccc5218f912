package org.entwine.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one mapping of a YAML/JSON document field by field, recording every problem with its file,
 * line and field path. Getters return null after a problem, and {@link #build} then builds nothing.
 */
final class Fields {
  private static final java.util.regex.Pattern ITEM =
      java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)\\]");
  private final Path file;
  private final String path;
  private final Node node;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();
  private final Problems problems;
  private final int problemsAtStart;

  private Fields(Path file, String path, Node node, Problems problems) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.problems = problems;
    this.problemsAtStart = problems.count();
  }

  /** Wraps {@code node}, which must be a mapping; returns null (with a problem) otherwise. */
  static Fields of(Path file, String path, Node node, Problems problems) {
    if (!(node instanceof MappingNode m)) {
      problems.add(
          file, line(node), path, "expected a mapping (key: value lines), got " + describe(node));
      return null;
    }
    Fields f = new Fields(file, path, node, problems);
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.add(file, line(t.getKeyNode()), path, "keys must be plain names");
        continue;
      }
      if (f.values.put(k.getValue(), t.getValueNode()) != null) {
        problems.add(file, line(k), f.at(k.getValue()), "duplicate key '" + k.getValue() + "'");
      }
    }
    return f;
  }

  static int line(Node n) {
    return n == null ? 0 : n.getStartMark().getLine() + 1;
  }

  static String describe(Node n) {
    if (n instanceof ScalarNode s) return "'" + s.getValue() + "'";
    if (n instanceof SequenceNode) return "a list";
    if (n instanceof MappingNode) return "a mapping";
    return "nothing";
  }

  int line() {
    return line(node);
  }

  Path file() {
    return file;
  }

  String path() {
    return path;
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    return values.containsKey(key) && !isNull(values.get(key));
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
  }

  void problem(String key, String message) {
    Node n = values.get(key);
    problems.add(file, n == null ? line() : line(n), key == null ? path : at(key), message);
  }

  /** Marks a field as handled elsewhere. */
  void skip(String key) {
    read.add(key);
  }

  /** A scalar as text; null when absent. */
  String text(String key) {
    read.add(key);
    Node n = values.get(key);
    if (n == null || isNull(n)) return null;
    if (n instanceof ScalarNode s) return s.getValue();
    problem(key, "expected a single value, got " + describe(n));
    return null;
  }

  String required(String key) {
    String t = text(key);
    if (t == null && !values.containsKey(key)) problem(key, "missing required field '" + key + "'");
    else if (t != null && t.isBlank()) {
      problem(key, "must not be empty");
      return null;
    }
    return t;
  }

  /**
   * A scalar turned into a value by {@code parse}, whose IllegalArgumentException says what was
   * expected.
   */
  <T> T parsed(String key, Function<String, T> parse, boolean required) {
    String t = required ? required(key) : text(key);
    if (t == null) return null;
    try {
      return parse.apply(t);
    } catch (IllegalArgumentException e) {
      problem(key, e.getMessage());
      return null;
    }
  }

  boolean bool(String key, boolean dflt) {
    String t = text(key);
    if (t == null) return dflt;
    if (t.equals("true") || t.equals("false")) return Boolean.parseBoolean(t);
    problem(key, "expected true or false, got '" + t + "'");
    return dflt;
  }

  /** A list of scalars, or a single scalar as a list of one. */
  List<String> texts(String key) {
    read.add(key);
    Node n = values.get(key);
    if (n == null || isNull(n)) return List.of();
    if (n instanceof ScalarNode s) return List.of(s.getValue());
    List<String> out = new ArrayList<>();
    if (n instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s) out.add(s.getValue());
        else
          problems.add(
              file,
              line(item),
              at(key),
              "expected a list of single values, found " + describe(item));
      }
      return out;
    }
    problem(key, "expected a list, got " + describe(n));
    return List.of();
  }

  /** A list of mappings, each wrapped. */
  List<Fields> objects(String key) {
    read.add(key);
    Node n = values.get(key);
    if (n == null || isNull(n)) return List.of();
    if (!(n instanceof SequenceNode seq)) {
      problem(key, "expected a list (lines starting with '- '), got " + describe(n));
      return List.of();
    }
    List<Fields> out = new ArrayList<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      Fields f = of(file, at(key) + "[" + i + "]", seq.getValue().get(i), problems);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** A mapping of scalars. */
  Map<String, String> map(String key) {
    read.add(key);
    Node n = values.get(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (n == null || isNull(n)) return out;
    Fields inner = of(file, at(key), n, problems);
    if (inner == null) return out;
    for (String k : inner.values.keySet()) {
      String v = inner.text(k);
      if (v != null) out.put(k, v);
    }
    return out;
  }

  Fields object(String key) {
    read.add(key);
    Node n = values.get(key);
    return n == null || isNull(n) ? null : of(file, at(key), n, problems);
  }

  /**
   * Builds the record when every field read cleanly, turning a constructor's
   * IllegalArgumentException (a rule of the domain, such as dates out of order) into a problem at
   * this record. Also reports fields this record does not know, since a misspelt field would
   * otherwise be silently lost.
   */
  <T> T build(Supplier<T> constructor) {
    for (String k : values.keySet()) {
      if (!read.contains(k)) problem(k, "unknown field '" + k + "'");
    }
    if (problems.count() > problemsAtStart) return null;
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      // A rule that names one of this record's list items ("changes[2] ...") is reported at that
      // item.
      java.util.regex.Matcher m = ITEM.matcher(e.getMessage() == null ? "" : e.getMessage());
      if (m.lookingAt()
          && values.get(m.group(1)) instanceof SequenceNode seq
          && Integer.parseInt(m.group(2)) < seq.getValue().size()) {
        problems.add(
            file,
            line(seq.getValue().get(Integer.parseInt(m.group(2)))),
            at(m.group(1) + "[" + m.group(2) + "]"),
            e.getMessage().substring(m.end()).strip());
      } else {
        problems.add(file, line(), path, e.getMessage());
      }
      return null;
    } catch (NullPointerException e) {
      // Objects.requireNonNull(x, "name") in the records names the missing field.
      problems.add(file, line(), path, "missing required field '" + e.getMessage() + "'");
      return null;
    }
  }
}
