package org.pyston.compiler.loader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.pyston.compiler.PythonCompiler.CompiledModule;
import org.pyston.indy.imports.ModuleSource;

/**
 * The classes of the bundled library compiled when the runtime is built ({@code lib/precompiled/}
 * in pyston.jar, written by {@link org.pyston.precompile.Main}), and how an import uses one.
 *
 * <p>An entry holds a header (the {@link CompilerIdentity} of the compiler that made it, the
 * source's size, CRC-32 and SHA-256, the module name, the file name it was compiled with and the
 * class name) and the class file. It is used only when the source is unchanged (size and CRC-32,
 * which a jar records, so the source is never read) and the compiler is the one running: the same
 * jar (pyston.jar is built in one go), else an equal identity.
 *
 * <p>Where the library lives is known only at run time (the jar's path is in {@code __file__}
 * and {@code co_filename}), so classes are compiled with a placeholder file name, which
 * {@link #relocate} replaces in the class's constant pool when the class is loaded.
 */
public final class BundledClasses {
    private BundledClasses() {}

    private static final int MAGIC = 0x50594243; // "PYBC"

    /** The file name a bundled module is compiled with: unique, so that it can be replaced. */
    public static String placeholderFilename(String resourceName) {
        return "\u0000pyston-lib\u0000/" + resourceName;
    }

    /** The stored entry of a module compiled at build time. */
    public static byte[] entry(String identity, byte[] source, String moduleName, CompiledModule compiled) {
        CRC32 crc = new CRC32();
        crc.update(source);
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream(compiled.classBytes().length + 512);
            DataOutputStream out = new DataOutputStream(bos);
            out.writeInt(MAGIC);
            out.writeUTF(identity);
            out.writeLong(source.length);
            out.writeLong(crc.getValue());
            out.writeUTF(CompiledModuleCache.sha256(source));
            out.writeUTF(moduleName);
            out.writeUTF(compiled.filename());
            out.writeUTF(compiled.className());
            out.writeInt(compiled.classBytes().length);
            out.write(compiled.classBytes());
            out.flush();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The module compiled at build time for {@code src}, its file name set to {@code src}'s, or
     * null when there is none or it is stale (then the import compiles the source).
     */
    public static CompiledModule lookup(ModuleSource src) {
        ModuleSource.Precompiled pre = src.precompiled();
        if (pre == null) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(pre.data()))) {
            if (in.readInt() != MAGIC) return null;
            String identity = in.readUTF();
            if (in.readLong() != pre.sourceSize() || in.readLong() != pre.sourceCrc()) return null;
            in.readUTF(); // the source's SHA-256, for people and tools
            if (!in.readUTF().equals(src.name())) return null;
            String placeholder = in.readUTF();
            String className = in.readUTF();
            byte[] cls = new byte[in.readInt()];
            in.readFully(cls);
            if (!sameCompiler(identity, pre.container())) return null;
            return new CompiledModule(className, relocate(cls, placeholder, src.filename()), src.filename(), java.util.List.of());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the running compiler made an entry of identity {@code identity} found in {@code container}:
     * yes when the compiler is loaded from that same jar; else compare identities (a development
     * layout of class folders, where one module may have been rebuilt alone).
     */
    private static boolean sameCompiler(String identity, Path container) {
        Path own = CompilerIdentity.codeSource(org.pyston.compiler.codegen.ModuleCompiler.class);
        if (own != null && container != null && java.nio.file.Files.isRegularFile(own)
                && own.equals(container.toAbsolutePath().normalize())) {
            return true;
        }
        return identity.equals(CompilerIdentity.hash());
    }

    /**
     * {@code cls} with every constant-pool string equal to {@code from} replaced by {@code to}
     * (the pool is walked, not parsed into a tree, so this costs one copy of the bytes).
     */
    static byte[] relocate(byte[] cls, String from, String to) throws IOException {
        if (from.equals(to)) return cls;
        byte[] fromUtf = modifiedUtf8(from);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(cls));
        ByteArrayOutputStream bos = new ByteArrayOutputStream(cls.length + to.length() * 4);
        DataOutputStream out = new DataOutputStream(bos);
        out.writeInt(in.readInt()); // magic
        out.writeInt(in.readInt()); // minor, major version
        int count = in.readUnsignedShort();
        out.writeShort(count);
        int copiedUpTo = 10;
        int pos = 10;
        for (int i = 1; i < count; i++) {
            int tag = cls[pos] & 0xff;
            int size;
            switch (tag) {
                case 1 -> { // Utf8: u2 length, bytes
                    int len = ((cls[pos + 1] & 0xff) << 8) | (cls[pos + 2] & 0xff);
                    size = 3 + len;
                    if (in.skipBytes(size) != size) throw new IOException("truncated class");
                    if (len == fromUtf.length && Arrays.equals(fromUtf, 0, len, cls, pos + 3, pos + 3 + len)) {
                        out.write(cls, copiedUpTo, pos - copiedUpTo);
                        out.writeByte(1);
                        out.writeUTF(to);
                        copiedUpTo = pos + size;
                    }
                    pos += size;
                    continue;
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> size = 5;
                case 5, 6 -> {
                    size = 9;
                    i++; // takes two slots
                }
                case 7, 8, 16, 19, 20 -> size = 3;
                case 15 -> size = 4;
                default -> throw new IOException("unknown constant tag " + tag);
            }
            if (in.skipBytes(size) != size) throw new IOException("truncated class");
            pos += size;
        }
        out.write(cls, copiedUpTo, cls.length - copiedUpTo);
        out.flush();
        return bos.toByteArray();
    }

    /** The class-file (modified UTF-8) bytes of {@code s}, without the length. */
    private static byte[] modifiedUtf8(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 2);
        new DataOutputStream(b).writeUTF(s);
        byte[] enc = b.toByteArray();
        return Arrays.copyOfRange(enc, 2, enc.length);
    }
}
