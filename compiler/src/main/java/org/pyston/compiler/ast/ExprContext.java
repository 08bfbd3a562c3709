package org.pyston.compiler.ast;

/** Whether a name, attribute, subscript, starred, list or tuple is read, assigned or deleted. */
public enum ExprContext { Load, Store, Del }
