package org.pyston.builtins.runtime;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.pyston.builtins.module.PyModule;

/**
 * Which modules are written in Java, and how each is made for one interpreter. A module class
 * exposes {@code static PyModule create(Interpreter)}; adding a module is one line here. Modules
 * of other Maven modules (cext-bridge) come from {@link BuiltinModuleProvider}s, loaded the first
 * time a name is not among these ({@link #provided()}).
 */
final class BuiltinModuleRegistry {
    private BuiltinModuleRegistry() {}

    static Map<String, Function<Interpreter, PyModule>> create() {
        Map<String, Function<Interpreter, PyModule>> m = new TreeMap<>();
        m.put("sys", Interpreter::getSys);
        m.put("builtins", Interpreter::getBuiltins);
        m.put("_thread", org.pyston.builtins.module.ThreadModule::create);
        m.put("_weakref", org.pyston.builtins.module.WeakrefModule::create);
        m.put("posix", org.pyston.builtins.posix.PosixModule::create);
        m.put("_stat", org.pyston.builtins.posix.StatModule::create);
        m.put("_pyston", org.pyston.builtins.module.PystonModule::create);
        m.put("_posixsubprocess", org.pyston.builtins.posix.PosixSubprocessModule::create);
        m.put("pwd", org.pyston.builtins.posix.UserDatabase::createPwd);
        m.put("grp", org.pyston.builtins.posix.UserDatabase::createGrp);
        m.put("atexit", org.pyston.builtins.module.AtexitModule::create);
        m.put("gc", org.pyston.builtins.module.GcModule::create);
        m.put("errno", org.pyston.builtins.module.ErrnoModule::create);
        m.put("math", org.pyston.builtins.module.MathModule::create);
        m.put("cmath", org.pyston.builtins.cmath.CmathModule::create);
        m.put("time", org.pyston.builtins.module.TimeModule::create);
        m.put("_imp", org.pyston.builtins.imp.ImpModule::create);
        m.put("_warnings", org.pyston.builtins.imp.WarningsModule::create);
        m.put("marshal", org.pyston.builtins.imp.MarshalModule::create);
        m.put("binascii", org.pyston.builtins.binascii.BinasciiModule::create);
        m.put("zlib", org.pyston.builtins.zlib.ZlibModule::create);
        m.put("array", org.pyston.builtins.array.ArrayModule::create);
        m.put("_csv", org.pyston.builtins.csv.CsvModule::create);
        m.put("unicodedata", org.pyston.builtins.unicodedata.UnicodedataModule::create);
        m.put("_locale", org.pyston.builtins.locale.LocaleModule::create);
        m.put("select", org.pyston.builtins.select.SelectModule::create);
        m.put("_socket", org.pyston.builtins.socket.SocketModule::create);
        m.put("_json", org.pyston.builtins.json.JsonModule::create);
        m.put("_signal", org.pyston.builtins.signal.SignalModule::create);
        m.put("_md5", org.pyston.builtins.hash.HashModules.Md5::create);
        m.put("_sha1", org.pyston.builtins.hash.HashModules.Sha1::create);
        m.put("_sha256", org.pyston.builtins.hash.HashModules.Sha256::create);
        m.put("_sha512", org.pyston.builtins.hash.HashModules.Sha512::create);
        m.put("_sha3", org.pyston.builtins.hash.HashModules.Sha3::create);
        m.put("_blake2", org.pyston.builtins.hash.HashModules.Blake2Module::create);
        m.put("_hashlib", org.pyston.builtins.hash.HashlibModule::create);
        m.put("_collections", org.pyston.builtins.collections.CollectionsModule::create);
        m.put("_struct", org.pyston.builtins.struct.StructModule::create);
        m.put("_random", org.pyston.builtins.random.RandomModule::create);
        m.put("_functools", org.pyston.builtins.functools.FunctoolsModule::create);
        m.put("_contextvars", org.pyston.builtins.contextvars.ContextvarsModule::create);
        m.put("_heapq", org.pyston.builtins.heapq.HeapqModule::create);
        m.put("_bisect", org.pyston.builtins.bisect.BisectModule::create);
        m.put("_operator", org.pyston.builtins.operator.OperatorModule::create);
        m.put("_abc", org.pyston.builtins.abc.AbcModule::create);
        m.put("_io", org.pyston.builtins.io.IOModule::create);
        m.put("_codecs", org.pyston.builtins.codecs.CodecsModule::create);
        m.put("_ast", i -> SourceCompiler.get().astModule(i));
        m.put("_sre", org.pyston.builtins.sre.SreModule::create);
        m.put("pyexpat", org.pyston.builtins.pyexpat.PyexpatModule::create);
        return Map.copyOf(m);
    }

    /**
     * The modules of the {@link BuiltinModuleProvider}s on the class path, by name (the first
     * provider wins a name), loaded once on first call: a holder class, so an interpreter that
     * only imports builtins' own modules never runs the ServiceLoader.
     */
    static Map<String, Function<Interpreter, PyModule>> provided() {
        return Provided.MODULES;
    }

    private static final class Provided {
        static final Map<String, Function<Interpreter, PyModule>> MODULES = load();

        private static Map<String, Function<Interpreter, PyModule>> load() {
            Map<String, Function<Interpreter, PyModule>> m = new TreeMap<>();
            for (BuiltinModuleProvider p : java.util.ServiceLoader.load(BuiltinModuleProvider.class,
                    BuiltinModuleProvider.class.getClassLoader())) {
                for (String name : p.names()) {
                    m.putIfAbsent(name, new Factory(p, name));
                }
            }
            return Map.copyOf(m);
        }
    }

    /** A provider's module as a factory (a class, not a lambda: this runs during start-up). */
    private record Factory(BuiltinModuleProvider provider, String name) implements Function<Interpreter, PyModule> {
        @Override
        public PyModule apply(Interpreter interp) {
            return provider.create(name, interp);
        }
    }
}
