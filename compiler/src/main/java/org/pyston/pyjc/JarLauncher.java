package org.pyston.pyjc;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.pyston.compiler.loader.ModuleLoader;
import org.pyston.indy.support.ImportSupport;
import org.pyston.launcher.Runner;

/**
 * Main-Class of a jar made by pyjc: runs the precompiled main module as {@code __main__}, with the
 * jar's other precompiled modules importable by name. Nothing is parsed or compiled at run time.
 */
public final class JarLauncher {
    private JarLauncher() {}

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Attributes a = manifest().getMainAttributes();
        ClassLoader cl = JarLauncher.class.getClassLoader();
        Class<?> mainClass = Class.forName(a.getValue(Main.MAIN_MODULE_ATTR), false, cl);
        String table = a.getValue(Main.MODULES_ATTR);
        if (table != null && !table.isBlank()) {
            for (String pair : table.trim().split(" ")) {
                int eq = pair.indexOf('=');
                String module = pair.substring(0, eq), className = pair.substring(eq + 1);
                ImportSupport.registerPrecompiled(module, () -> Class.forName(className, false, cl),
                        (cls, globals) -> ModuleLoader.exec(cls, globals));
            }
        }
        String[] argv = new String[args.length + 1];
        argv[0] = mainClass.getSimpleName() + ".py";
        System.arraycopy(args, 0, argv, 1, args.length);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        int rc = Runner.run(globals -> ModuleLoader.exec(mainClass, globals), argv[0], argv, System.in, out, System.err);
        out.flush();
        System.exit(rc);
    }

    private static Manifest manifest() throws IOException {
        URL url = JarLauncher.class.getClassLoader().getResource("META-INF/MANIFEST.MF");
        try (var in = url.openStream()) {
            return new Manifest(in);
        }
    }
}
