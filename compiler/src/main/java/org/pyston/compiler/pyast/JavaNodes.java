package org.pyston.compiler.pyast;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pyston.compiler.ast.Alias;
import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.BoolOperator;
import org.pyston.compiler.ast.CmpOperator;
import org.pyston.compiler.ast.Comprehension;
import org.pyston.compiler.ast.ExceptHandler;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Keyword;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Operator;
import org.pyston.compiler.ast.Pattern;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.ast.UnaryOperator;
import org.pyston.compiler.ast.WithItem;

/**
 * Which compiler record or enum stands for each CPython node class. The records are named after
 * CPython's nodes and their components after its fields, so the mapping is by name, with the few
 * exceptions Java forces ({@code ListExpr} for {@code List}, {@code ExprStmt} for {@code Expr},
 * capitalised product types). Simple sums ({@code operator}, {@code expr_context} ...) are enums
 * whose constants carry CPython's class names.
 */
final class JavaNodes {
    private JavaNodes() {}

    /** The enum standing for each simple sum type. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "expr_context", ExprContext.class, "boolop", BoolOperator.class, "operator", Operator.class,
            "unaryop", UnaryOperator.class, "cmpop", CmpOperator.class);

    private static final Map<String, Class<?>> BY_PYTHON_NAME = new HashMap<>();
    private static final Map<Class<?>, String> BY_JAVA_CLASS = new HashMap<>();

    static {
        for (Class<?> holder : List.of(Stmt.class, Expr.class, Pattern.class, Mod.class)) {
            for (Class<?> c : holder.getDeclaredClasses()) {
                if (!c.isRecord()) continue;
                String name = switch (c.getSimpleName()) {
                    case "ListExpr" -> "List";
                    case "ExprStmt" -> "Expr";
                    default -> c.getSimpleName();
                };
                put(name, c);
            }
        }
        put("comprehension", Comprehension.class);
        put("withitem", WithItem.class);
        put("match_case", MatchCase.class);
        put("arguments", Arguments.class);
        put("arg", Arg.class);
        put("keyword", Keyword.class);
        put("alias", Alias.class);
        put("ExceptHandler", ExceptHandler.class);
    }

    private static void put(String name, Class<?> c) {
        BY_PYTHON_NAME.put(name, c);
        BY_JAVA_CLASS.put(c, name);
    }

    /** The CPython class name of a record or enum constant. */
    static String pythonName(Object node) {
        if (node instanceof Enum<?> e) return e.name();
        String n = BY_JAVA_CLASS.get(node.getClass());
        if (n == null) throw new IllegalArgumentException("no CPython node for " + node.getClass());
        return n;
    }

    /** The record class for CPython's class {@code name}, or null (FunctionType, TypeIgnore). */
    static Class<?> recordClass(String name) {
        return BY_PYTHON_NAME.get(name);
    }

    /** The enum constant named {@code name} of the simple sum {@code sum}. */
    static Object enumConstant(String sum, String name) {
        for (Enum<?> e : ENUMS.get(sum).getEnumConstants()) {
            if (e.name().equals(name)) return e;
        }
        throw new IllegalArgumentException(sum + " has no " + name);
    }

    /** Reflection over one record class: its components and canonical constructor. */
    record Shape(RecordComponent[] components, Constructor<?> constructor) {
        Object component(Object record, String name) {
            for (RecordComponent rc : components) {
                if (rc.getName().equals(name)) {
                    try {
                        return rc.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return MISSING;
        }

        Object construct(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What {@link Shape#component} returns for a field the record does not keep (Module.type_ignores). */
    static final Object MISSING = new Object();

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    static Shape shape(Class<?> c) {
        return SHAPES.computeIfAbsent(c, k -> {
            RecordComponent[] rcs = k.getRecordComponents();
            Class<?>[] types = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) types[i] = rcs[i].getType();
            try {
                return new Shape(rcs, k.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
