/*
 * Python 3.11 syntax as an ANTLR4 parser grammar.
 *
 * Tokens come from the hand-written Tokenizer (INDENT/DEDENT, implicit line joining, soft keywords
 * MATCH/CASE already decided), so this file has no lexer rules. The grammar follows the LL(1)
 * shape of CPython's pre-3.9 Grammar/Grammar plus the 3.9-3.11 additions (match, parenthesised
 * with-items, except*, star-expressions in subscripts and for, relaxed decorators). Where CPython's
 * PEG grammar distinguishes targets from expressions, this grammar parses an expression and the
 * AstBuilder converts it to a target, raising CPython's messages; likewise parameter and argument
 * order rules are checked in the builder. That keeps every decision SLL-predictable: only the
 * parenthesised form of 'with' needs unbounded lookahead.
 */
parser grammar PythonGrammar;

tokens {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF, ELSE,
    EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR, PASS, RAISE,
    RETURN, TRY, WHILE, WITH, YIELD, MATCH, CASE,
    LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
    LESS, GREATER, EQUAL, DOT, PERCENT, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL, TILDE, CIRCUMFLEX,
    LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL,
    AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL,
    DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL
}

// ---- start rules ----------------------------------------------------------------------------

file_input: (NEWLINE | stmt)* EOF;
eval_input: testlist NEWLINE* EOF;
/** The expression inside an f-string replacement field (tokenized as if inside parentheses). */
fstring_input: (yield_expr | testlist_comp) EOF;

// ---- statements -----------------------------------------------------------------------------

stmt: simple_stmts | compound_stmt;
simple_stmts: simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE;
simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | import_name
    | import_from
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign (yield_expr | testlist_star_expr)
      | (EQUAL (yield_expr | testlist_star_expr))*
      )
    | yield_expr (EQUAL (yield_expr | testlist_star_expr))*
    ;
annassign: COLON test (EQUAL (yield_expr | testlist_star_expr))?;
augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;
del_stmt: DEL exprlist;
pass_stmt: PASS;
break_stmt: BREAK;
continue_stmt: CONTINUE;
return_stmt: RETURN testlist_star_expr?;
raise_stmt: RAISE (test (FROM test)?)?;
import_name: IMPORT dotted_as_name (COMMA dotted_as_name)*;
import_from
    : FROM (DOT | ELLIPSIS)* dotted_name? IMPORT
      ( STAR
      | LPAR import_as_names RPAR
      | import_as_names
      )
    ;
import_as_name: NAME (AS NAME)?;
dotted_as_name: dotted_name (AS NAME)?;
import_as_names: import_as_name (COMMA import_as_name)* COMMA?;
dotted_name: NAME (DOT NAME)*;
global_stmt: GLOBAL NAME (COMMA NAME)*;
nonlocal_stmt: NONLOCAL NAME (COMMA NAME)*;
assert_stmt: ASSERT test (COMMA test)?;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;
async_stmt: ASYNC (funcdef | with_stmt | for_stmt);
if_stmt: IF namedexpr_test COLON block elif_clause* else_clause?;
elif_clause: ELIF namedexpr_test COLON block;
else_clause: ELSE COLON block;
while_stmt: WHILE namedexpr_test COLON block else_clause?;
for_stmt: FOR exprlist IN testlist_star_expr COLON block else_clause?;
try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause: EXCEPT STAR? (test (AS NAME)?)? COLON block;
finally_clause: FINALLY COLON block;
with_stmt
    : WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block
    | WITH with_item (COMMA with_item)* COLON block
    ;
with_item: test (AS expr)?;

funcdef: DEF NAME parameters (RARROW test)? COLON block;
parameters: LPAR paramlist? RPAR;
paramlist: param_item (COMMA param_item)* COMMA?;
param_item
    : SLASH                                  # ParamSlash
    | STAR (NAME (COLON (star_expr | test))?)?  # ParamStar
    | DOUBLESTAR NAME (COLON test)?          # ParamDoubleStar
    | NAME (COLON test)? (EQUAL test)?       # ParamPlain
    ;
classdef: CLASS NAME (LPAR arglist? RPAR)? COLON block;
decorated: decorator+ (classdef | funcdef | async_funcdef);
decorator: AT namedexpr_test NEWLINE;
async_funcdef: ASYNC funcdef;

block: simple_stmts | NEWLINE INDENT stmt+ DEDENT;

// ---- match statement (MATCH and CASE are soft keywords the Tokenizer has recognised) --------

match_stmt: MATCH subject COLON NEWLINE INDENT case_block+ DEDENT;
subject: subject_item (COMMA subject_item)* COMMA?;
subject_item: star_expr | namedexpr_test;
case_block: CASE patterns (IF namedexpr_test)? COLON block;
patterns: seq_pattern_item (COMMA seq_pattern_item)* COMMA?;
seq_pattern_item: STAR NAME | pattern;
pattern: or_pattern (AS NAME)?;
or_pattern: closed_pattern (VBAR closed_pattern)*;
closed_pattern
    : literal_pattern                                        # LiteralPattern
    | NAME (DOT NAME)* (LPAR class_args? RPAR)?              # NamePattern
    | LPAR (seq_pattern_item (COMMA seq_pattern_item)* COMMA?)? RPAR # ParenPattern
    | LSQB (seq_pattern_item (COMMA seq_pattern_item)* COMMA?)? RSQB # ListPattern
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE     # MappingPattern
    ;
literal_pattern
    : MINUS? NUMBER ((PLUS | MINUS) NUMBER)?
    | STRING+
    | NONE
    | TRUE
    | FALSE
    ;
class_args: class_arg (COMMA class_arg)* COMMA?;
class_arg: NAME EQUAL pattern | pattern;
mapping_item
    : DOUBLESTAR NAME
    | (literal_pattern | NAME (DOT NAME)+) COLON pattern
    ;

// ---- expressions ----------------------------------------------------------------------------

namedexpr_test: test (COLONEQUAL test)?;
test: or_test (IF or_test ELSE test)? | lambdef;
lambdef: LAMBDA lparamlist? COLON test;
lparamlist: lparam_item (COMMA lparam_item)* COMMA?;
lparam_item
    : SLASH                  # LParamSlash
    | STAR NAME?             # LParamStar
    | DOUBLESTAR NAME        # LParamDoubleStar
    | NAME (EQUAL test)?     # LParamPlain
    ;
or_test: and_test (OR and_test)*;
and_test: not_test (AND not_test)*;
not_test: NOT not_test | comparison;
comparison: expr (comp_op expr)*;
comp_op: LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS | IS NOT;
star_expr: STAR expr;
expr: xor_expr (VBAR xor_expr)*;
xor_expr: and_expr (CIRCUMFLEX and_expr)*;
and_expr: shift_expr (AMPER shift_expr)*;
shift_expr: arith_expr ((LEFTSHIFT | RIGHTSHIFT) arith_expr)*;
arith_expr: term ((PLUS | MINUS) term)*;
term: factor ((STAR | SLASH | PERCENT | DOUBLESLASH | AT) factor)*;
factor: (PLUS | MINUS | TILDE) factor | power;
power: atom_expr (DOUBLESTAR factor)?;
atom_expr: AWAIT? atom trailer*;
atom
    : LPAR (yield_expr | testlist_comp)? RPAR   # ParenAtom
    | LSQB testlist_comp? RSQB                  # ListAtom
    | LBRACE dictorsetmaker? RBRACE             # DictAtom
    | NAME                                      # NameAtom
    | NUMBER                                    # NumberAtom
    | STRING+                                   # StringAtom
    | ELLIPSIS                                  # EllipsisAtom
    | NONE                                      # NoneAtom
    | TRUE                                      # TrueAtom
    | FALSE                                     # FalseAtom
    ;
testlist_comp: named_or_star (comprehension | (COMMA named_or_star)* COMMA?);
named_or_star: namedexpr_test | star_expr;
trailer
    : LPAR arglist? RPAR          # CallTrailer
    | LSQB subscriptlist RSQB     # SubscriptTrailer
    | DOT NAME                    # AttributeTrailer
    ;
subscriptlist: subscript (COMMA subscript)* COMMA?;
subscript
    : star_expr                                         # StarSubscript
    | namedexpr_test (COLON test? (COLON test?)?)?      # ExprSubscript
    | COLON test? (COLON test?)?                        # SliceSubscript
    ;
exprlist: expr_or_star (COMMA expr_or_star)* COMMA?;
expr_or_star: expr | star_expr;
testlist: test (COMMA test)* COMMA?;
testlist_star_expr: test_or_star (COMMA test_or_star)* COMMA?;
test_or_star: test | star_expr;
dictorsetmaker: dict_or_set_item (comprehension | (COMMA dict_or_set_item)* COMMA?);
dict_or_set_item
    : DOUBLESTAR expr                    # DictUnpackItem
    | star_expr                          # SetStarItem
    | test (COLON test | COLONEQUAL test)?   # TestItem
    ;
arglist: argument (COMMA argument)* COMMA?;
argument
    : test (comprehension | COLONEQUAL test | EQUAL test)?   # PlainArgument
    | DOUBLESTAR test                                        # KwUnpackArgument
    | STAR test                                              # StarArgument
    ;
comprehension: comp_for+;
comp_for: ASYNC? FOR exprlist IN or_test (IF or_test)*;
yield_expr: YIELD (FROM test | testlist_star_expr)?;
