package org.pyston.compiler.pyast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.11's AST node classes as data: for each class its base, attributes and fields with
 * their ASDL types. Read from {@code nodes.txt}, which is generated from CPython's {@code _ast}
 * (see {@code src/test/resources/pyast/make_node_table.py}); the compiler's records carry the same
 * field names, which {@code NodeSchemaTest} checks, so this table and the records cannot drift.
 */
public final class NodeSchema {
    /** One field or attribute: {@code type} is the ASDL type name ("expr", "identifier", "int" ...). */
    public record Field(String name, String type, boolean optional, boolean sequence) {
        /** Whether the type names another node class rather than a primitive. */
        public boolean isNode() {
            return !PRIMITIVES.contains(type);
        }
    }

    /** One node class; an abstract (sum) class has no fields and is the base of its constructors. */
    public record NodeClass(String name, String base, List<Field> attributes, List<Field> fields) {
        /** The ASDL signature CPython uses as the class's {@code __doc__}. */
        public String signature() {
            StringBuilder sb = new StringBuilder(name);
            if (fields.isEmpty()) return sb.toString();
            sb.append('(');
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                if (i > 0) sb.append(", ");
                sb.append(f.type).append(f.sequence ? "*" : f.optional ? "?" : "").append(' ').append(f.name);
            }
            return sb.append(')').toString();
        }
    }

    private static final List<String> PRIMITIVES = List.of("identifier", "string", "int", "constant");

    /** Every class in CPython's order, by name. */
    public static final Map<String, NodeClass> CLASSES = load();

    private NodeSchema() {}

    /** The classes whose base is {@code base}, in CPython's order. */
    public static List<NodeClass> subclassesOf(String base) {
        List<NodeClass> out = new ArrayList<>();
        for (NodeClass c : CLASSES.values()) {
            if (c.base.equals(base)) out.add(c);
        }
        return out;
    }

    private static Map<String, NodeClass> load() {
        String text;
        try (InputStream in = NodeSchema.class.getResourceAsStream("nodes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the AST node table nodes.txt is missing", e);
        }
        Map<String, NodeClass> classes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split(" ");
            List<Field> attrs = new ArrayList<>();
            if (!parts[2].equals("-")) {
                for (String a : parts[2].split(",")) attrs.add(field(a));
            }
            List<Field> fields = new ArrayList<>();
            for (int i = 3; i < parts.length; i++) {
                if (!parts[i].equals("-")) fields.add(field(parts[i]));
            }
            classes.put(parts[0], new NodeClass(parts[0], parts[1], List.copyOf(attrs), List.copyOf(fields)));
        }
        return Collections.unmodifiableMap(classes);
    }

    private static Field field(String spec) {
        int colon = spec.indexOf(':');
        String name = spec.substring(0, colon);
        String type = spec.substring(colon + 1);
        boolean opt = type.endsWith("?");
        boolean seq = type.endsWith("*");
        if (opt || seq) type = type.substring(0, type.length() - 1);
        return new Field(name, type, opt, seq);
    }
}
