package org.pyston.indy;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.math.BigInteger;

import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.text.PyStr;
import org.pyston.indy.linker.AttributeLinker;
import org.pyston.indy.linker.BinaryOpLinker;
import org.pyston.indy.linker.CallLinker;
import org.pyston.indy.linker.CompareLinker;
import org.pyston.indy.linker.GlobalLinker;
import org.pyston.indy.linker.ItemLinker;
import org.pyston.indy.linker.IterLinker;
import org.pyston.indy.linker.Linker;
import org.pyston.indy.linker.MethodCallLinker;
import org.pyston.indy.linker.TruthLinker;
import org.pyston.indy.linker.UnaryOpLinker;
import org.pyston.indy.site.PyCallSite;
import org.pyston.indy.support.Identity;

/**
 * The one bootstrap entry point of generated code. The invokedynamic name is the operation;
 * names, operators and call shapes are static arguments:
 *
 * <pre>
 *   binop      (Object,Object)Object      [operator: "ADD", "ISUB" ...]
 *   cmp        (Object,Object)Object|Z    [operator: "Lt", "Eq" ...]
 *   is, contains (Object,Object)Z
 *   truth      (Object)Z
 *   unary      (Object)Object             ["USub", "UAdd", "Invert"]
 *   getattr    (Object)Object             [name]     setattr (Object,Object)V [name]   delattr (Object)V [name]
 *   getitem    (Object,Object)Object      setitem (Object,Object,Object)V            delitem (Object,Object)V
 *   iter, next (Object)Object             (next returns null at the end)
 *   call       (callee, args...)Object    [keyword names joined by ","]
 *   callmethod (receiver, args...)Object  [name, keyword names]
 *   global     ()Object                   [name]
 *   setglobal  (Object)V                  [name]     (a constant site: the store needs no cache)
 * </pre>
 *
 * Example: {@code a + b} compiles to {@code invokedynamic binop(Object,Object)Object [ADD]}; the
 * site links (after a warm-up) to {@code IntFastPaths.add(PyInt,PyInt)} behind two class guards.
 */
public final class Bootstraps {
    private Bootstraps() {}

    public static CallSite bootstrap(Lookup caller, String op, MethodType type, Object... args) throws Throwable {
        switch (op) {
            case "is":
                return new ConstantCallSite(Identity.IS.asType(type));
            case "setglobal":
                return new ConstantCallSite(GlobalLinker.store(caller, (String) args[0], type));
            default:
                break;
        }
        Linker linker = switch (op) {
            case "binop" -> new BinaryOpLinker((String) args[0], type);
            case "cmp" -> new CompareLinker((String) args[0], type);
            case "contains" -> CompareLinker.contains(type);
            case "truth" -> new TruthLinker(type);
            case "unary" -> new UnaryOpLinker((String) args[0], type);
            case "getattr", "setattr", "delattr" -> new AttributeLinker(op, (String) args[0], type);
            case "getitem", "setitem", "delitem" -> new ItemLinker(op, type);
            case "iter", "next" -> new IterLinker(op, type);
            case "call" -> new CallLinker((String) args[0], type);
            case "callmethod" -> new MethodCallLinker((String) args[0], (String) args[1], type);
            case "global" -> new GlobalLinker(caller, (String) args[0], type);
            default -> throw new IllegalArgumentException("unknown dynamic operation " + op);
        };
        return new PyCallSite(op, type, linker);
    }

    /**
     * Constant-dynamic entries: Python constants built once per class, and code objects.
     * {@code kind} is "str", "int", "bigint", "float", "bytes" (a Latin-1 string), "complex" (the imaginary part) or "code".
     */
    public static Object constant(Lookup caller, String kind, Class<?> type, Object... args) throws Throwable {
        switch (kind) {
            case "str":
                return PyStr.of((String) args[0]);
            case "int":
                return new PyInt((Long) args[0]);
            case "bigint":
                return PyInt.of(new BigInteger((String) args[0]));
            case "float":
                return new PyFloat((Double) args[0]);
            case "bytes":
                return org.pyston.builtins.text.PyBytes.fromLatin1((String) args[0]);
            case "complex":
                return new org.pyston.builtins.number.PyComplex(0.0, (Double) args[0]);
            case "code": {
                PyCode code = code(args);
                // so that sys._getframe can name the JVM frames of this body
                String method = caller.revealDirect(code.entry).getName();
                org.pyston.builtins.exception.FrameWalker.register(caller.lookupClass(), method, code);
                // and where its position table is (read when a traceback first needs it)
                code.setPositionSource(caller.lookupClass(), method);
                return code;
            }
            default:
                throw new IllegalArgumentException("unknown constant kind " + kind);
        }
    }

    private static PyCode code(Object[] a) {
        MethodHandle entry = (MethodHandle) a[11];
        return new PyCode((String) a[0], (String) a[1], (String) a[2], (Integer) a[3],
                split((String) a[4]), split((String) a[5]), split((String) a[6]),
                (Integer) a[7], (Integer) a[8], (Integer) a[9], (Integer) a[10], entry);
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(",", -1);
    }
}
