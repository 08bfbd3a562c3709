package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Set;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.text.PyStr;
import org.pyston.indy.fast.FastPaths;

/**
 * {@code binop} sites: {@code a + b}, {@code a += b} ... The operator is a static argument (the
 * AST's name, "Add"; "IAdd" for the in-place form). For the exact classes seen, links to a
 * {@link FastPaths} method when there is one; otherwise to the generic operation behind the same
 * class guards, so a polymorphic site keeps its fast entries.
 */
public final class BinaryOpLinker implements Linker {
    /** Immutable built-in classes, for which {@code a op= b} is exactly {@code a = a op b}. */
    private static final Set<Class<?>> IMMUTABLE = Set.of(PyInt.class, PyBigInt.class, PyBool.class, PyFloat.class, PyStr.class, PyTuple.class);

    private final MethodType type;
    private final String method;
    private final boolean inplace;
    private final MethodHandle generic;

    public BinaryOpLinker(String op, MethodType type) {
        this.type = type;
        this.inplace = op.startsWith("I");
        String base = inplace ? op.substring(1) : op;
        this.method = javaName(base);
        this.generic = Handles.findStatic(BinaryOps.class, inplace ? "i" + method : method, Handles.objects(2)).asType(type);
    }

    /** CPython's operator names as the AST spells them → our method names. */
    static String javaName(String op) {
        return switch (op) {
            case "Add" -> "add";
            case "Sub" -> "sub";
            case "Mult" -> "mul";
            case "MatMult" -> "matmul";
            case "Div" -> "truediv";
            case "FloorDiv" -> "floordiv";
            case "Mod" -> "mod";
            case "Pow" -> "pow";
            case "LShift" -> "lshift";
            case "RShift" -> "rshift";
            case "BitAnd" -> "and";
            case "BitOr" -> "or";
            case "BitXor" -> "xor";
            default -> throw new IllegalArgumentException("unknown binary operator " + op);
        };
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Class<?> a = args[0].getClass(), b = args[1].getClass();
        MethodHandle guard = Guards.exactClasses(type, a, b);
        MethodHandle fast = null;
        if (!inplace || IMMUTABLE.contains(a)) {
            fast = FastPaths.find(method, MethodType.methodType(Object.class, a, b));
        }
        return new GuardedTarget(fast != null ? fast.asType(type) : generic, guard);
    }
}
