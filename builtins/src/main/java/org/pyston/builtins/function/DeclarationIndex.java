package org.pyston.builtins.function;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The build-time index of the {@link Declaration}s of a module's classes: one resource
 * {@code declarations.pydecl} in the module's root package (e.g. {@code org/pyston/builtins/}).
 * Reading it replaces reflection and annotation parsing at start-up, which was the largest single
 * cost of creating an interpreter (each {@code getAnnotation} parses the class's annotation bytes
 * and builds {@code Proxy} instances, whose classes class-data sharing cannot archive).
 *
 * <p>One resource per module rather than one per class, because a class-path resource look-up
 * costs more than reading the whole index; binary, with a table of contents, so that start-up
 * (which runs this code in the bytecode interpreter) decodes only the classes it scans.
 *
 * <p>The build writes the index ({@link #main}, run by each module that declares built-ins, in the
 * {@code process-classes} phase) from {@link Declaration#reflect}, so both paths give the same
 * declarations in the same order. A class the index does not list (a build that skipped the step,
 * a class compiled elsewhere) is scanned by reflection as before.
 *
 * <p>Format ({@link DataOutputStream}): {@code int MAGIC; int classes; classes x (UTF name, int
 * offset, int length)}; then at each offset (from the end of that table) a class's {@code int count;
 * count x (byte kind, UTF owner or "" for the class itself, UTF javaName, UTF descriptor,
 * byte parameterCount, UTF name, int required, byte flags)}, flags being {@link #GENERAL} etc.
 */
public final class DeclarationIndex {
    /** The index resource's name, in the module's root package. */
    static final String RESOURCE = "declarations.pydecl";

    private static final int MAGIC = 0x50594431; // "PYD1"
    private static final int GENERAL = 1;
    private static final int STATIC = 2;
    private static final int CLASS = 4;
    private static final int WHOLE_SELF = 8;
    private static final int TUPLE_ARITY = 16;

    /** One module's index: where each class's declarations start in {@code data}, and how long they are. */
    record Index(Map<String, int[]> classes, byte[] data, int base) {
        static final Index NONE = new Index(Map.of(), new byte[0], 0);
    }

    /**
     * Per package name of this runtime's class loader: the index found there, or {@link Index#NONE}.
     * Looked up once per package prefix.
     */
    private static final ConcurrentHashMap<String, Index> INDEXES = new ConcurrentHashMap<>();

    private DeclarationIndex() {
    }

    /** The declarations of {@code c}: from its index if it has one, else by reflection. */
    public static List<Declaration> of(Class<?> c) {
        List<Declaration> indexed = read(c);
        return indexed != null ? indexed : Declaration.reflect(c);
    }

    /** The declarations of {@code c} from the index of its module, or null when that does not list it. */
    static List<Declaration> read(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        if (loader == null) {
            return null;
        }
        String pkg = c.getPackageName();
        // the index sits in an ancestor package (or the package itself): try them from the top
        for (int dot = pkg.indexOf('.'); ; dot = pkg.indexOf('.', dot + 1)) {
            String prefix = dot < 0 ? pkg : pkg.substring(0, dot);
            Index index = loader == DeclarationIndex.class.getClassLoader()
                    ? INDEXES.computeIfAbsent(prefix, p -> load(loader, p))
                    : load(loader, prefix);
            if (index != Index.NONE) {
                int[] at = index.classes().get(c.getName());
                return at == null ? null : decode(c, index, at[0], at[1]);
            }
            if (dot < 0) {
                return null;
            }
        }
    }

    /** The index in package {@code pkg} of {@code loader}, or {@link Index#NONE}. */
    static Index load(ClassLoader loader, String pkg) {
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(pkg.replace('.', '/') + "/" + RESOURCE)) {
            if (in == null) {
                return Index.NONE;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the declaration index of " + pkg, e);
        }
        try {
            ByteArrayInputStream b = new ByteArrayInputStream(bytes);
            DataInputStream in = new DataInputStream(b);
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException("not a declaration index: " + pkg + "/" + RESOURCE);
            }
            int n = in.readInt();
            Map<String, int[]> classes = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                classes.put(in.readUTF(), new int[] {in.readInt(), in.readInt()});
            }
            return new Index(classes, bytes, bytes.length - b.available());
        } catch (IOException e) {
            throw new UncheckedIOException("bad declaration index " + pkg + "/" + RESOURCE, e);
        }
    }

    private static List<Declaration> decode(Class<?> c, Index index, int offset, int length) {
        try {
            DataInputStream in = new DataInputStream(
                    new ByteArrayInputStream(index.data(), index.base() + offset, length));
            int n = in.readInt();
            List<Declaration> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Declaration.Kind kind = KINDS[in.readByte()];
                String ownerName = in.readUTF();
                Class<?> owner = ownerName.isEmpty() ? c : Class.forName(ownerName, false, c.getClassLoader());
                String javaName = in.readUTF();
                String descriptor = in.readUTF();
                int parameterCount = in.readByte();
                String name = in.readUTF();
                int required = in.readInt();
                int flags = in.readByte();
                out.add(new Declaration(kind, owner, javaName, descriptor, parameterCount, name, required,
                        (flags & GENERAL) != 0, (flags & STATIC) != 0, (flags & CLASS) != 0,
                        (flags & WHOLE_SELF) != 0, (flags & TUPLE_ARITY) != 0));
            }
            return out;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("bad declaration index entry for " + c.getName(), e);
        }
    }

    private static final Declaration.Kind[] KINDS = Declaration.Kind.values();

    /** Appends the declarations {@code decls} of {@code c} as one class's entry (inverse of {@link #decode}). */
    private static void encode(Class<?> c, List<Declaration> decls, DataOutputStream out) throws IOException {
        out.writeInt(decls.size());
        for (Declaration d : decls) {
            out.writeByte(d.kind().ordinal());
            out.writeUTF(d.owner() == c ? "" : d.owner().getName());
            out.writeUTF(d.javaName());
            out.writeUTF(d.descriptor());
            out.writeByte(d.parameterCount());
            out.writeUTF(d.name());
            out.writeInt(d.required());
            out.writeByte((d.general() ? GENERAL : 0) | (d.isStatic() ? STATIC : 0) | (d.isClass() ? CLASS : 0)
                    | (d.wholeSelf() ? WHOLE_SELF : 0) | (d.tupleArity() ? TUPLE_ARITY : 0));
        }
    }

    /**
     * Build step: writes the index of the classes under the class-file directory {@code args[0]}
     * that declare built-ins into the package {@code args[1]}, which must hold all of them (the
     * rest of the class path, for the classes they refer to, is this JVM's).
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        String indexPackage = args[1];
        List<Path> classFiles;
        try (Stream<Path> s = Files.walk(root)) {
            classFiles = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        DataOutputStream dataOut = new DataOutputStream(data);
        Map<String, int[]> toc = new LinkedHashMap<>();
        int declarations = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                DeclarationIndex.class.getClassLoader())) {
            for (Path file : classFiles) {
                String rel = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (rel.endsWith("module-info.class") || rel.endsWith("package-info.class")) {
                    continue;
                }
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                Class<?> c = Class.forName(name, false, loader);
                List<Declaration> decls = Declaration.reflect(c);
                if (decls.isEmpty()) {
                    continue;
                }
                if (!name.startsWith(indexPackage + ".")) {
                    throw new IllegalStateException(name + " declares built-ins outside the indexed package "
                            + indexPackage);
                }
                int offset = data.size();
                encode(c, decls, dataOut);
                toc.put(name, new int[] {offset, data.size() - offset});
                declarations += decls.size();
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Path out = root.resolve(indexPackage.replace('.', '/')).resolve(RESOURCE);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream fileOut = new DataOutputStream(file);
        fileOut.writeInt(MAGIC);
        fileOut.writeInt(toc.size());
        for (Map.Entry<String, int[]> e : toc.entrySet()) {
            fileOut.writeUTF(e.getKey());
            fileOut.writeInt(e.getValue()[0]);
            fileOut.writeInt(e.getValue()[1]);
        }
        dataOut.flush();
        data.writeTo(fileOut);
        fileOut.flush();
        Files.createDirectories(out.getParent());
        Files.write(out, file.toByteArray());
        System.out.println("declaration index: " + declarations + " declarations of " + toc.size() + " classes in "
                + out);
    }
}
