/*
 * STIX 2.1 patterning (OASIS STIX 2.1, section 9), written for Cairn.
 *
 * The lexer is deliberately lenient about the insides of quoted literals (strings, t'', h'', b''):
 * escapes, timestamps, hex and base64 are checked after parsing so that errors can name the exact
 * character and say what is wrong, rather than report an unrecognised token.
 */
grammar StixPattern;

pattern
    : observation EOF
    ;

// Alternatives are listed from the tightest binding to the loosest (spec section 9.5.3):
// qualifiers bind to the observation just before them, then AND, then OR, then FOLLOWEDBY.
observation
    : LBRACK disjunction RBRACK                         # bracketed
    | LPAREN observation RPAREN                         # parenthesised
    | observation qualifier                             # qualified
    | observation AND observation                       # allOf
    | observation OR observation                        # anyOf
    | observation FOLLOWEDBY observation                # followedBy
    ;

qualifier
    : WITHIN (INT | FLOAT) SECONDS                      # within
    | START TIMESTAMP STOP TIMESTAMP                    # startStop
    | REPEATS INT TIMES                                 # repeats
    ;

disjunction
    : conjunction (OR conjunction)*
    ;

conjunction
    : test (AND test)*
    ;

test
    : LPAREN disjunction RPAREN                                        # group
    | EXISTS path                                                      # exists
    | path NOT? op=(EQ | NEQ) scalar                                   # equality
    | path NOT? op=(LT | LE | GT | GE) orderable                       # ordering
    | path NOT? IN LPAREN scalar (COMMA scalar)* RPAREN                # membership
    | path NOT? op=(LIKE | MATCHES | ISSUBSET | ISSUPERSET) STRING     # textual
    ;

path
    : objectType COLON firstStep step*
    ;

objectType
    : NAME
    | HYPHENATED
    ;

firstStep
    : NAME
    | STRING
    ;

step
    : DOT (NAME | STRING)                               # member
    | LBRACK (INT | STAR) RBRACK                        # element
    ;

scalar
    : orderable
    | BOOL
    ;

orderable
    : INT
    | NEG_INT
    | FLOAT
    | NEG_FLOAT
    | STRING
    | TIMESTAMP
    | HEX
    | BINARY
    ;

// Keywords are upper case and case sensitive.
AND        : 'AND' ;
OR         : 'OR' ;
NOT        : 'NOT' ;
FOLLOWEDBY : 'FOLLOWEDBY' ;
LIKE       : 'LIKE' ;
MATCHES    : 'MATCHES' ;
ISSUBSET   : 'ISSUBSET' ;
ISSUPERSET : 'ISSUPERSET' ;
IN         : 'IN' ;
EXISTS     : 'EXISTS' ;
WITHIN     : 'WITHIN' ;
SECONDS    : 'SECONDS' ;
START      : 'START' ;
STOP       : 'STOP' ;
REPEATS    : 'REPEATS' ;
TIMES      : 'TIMES' ;
BOOL       : 'true' | 'false' ;

// Prefixed literals come before NAME so that t'…' is one token, not the name t and a string.
TIMESTAMP  : 't\'' ~['\r\n]* '\'' ;
HEX        : 'h\'' ~['\r\n]* '\'' ;
BINARY     : 'b\'' ~[']* '\'' ;
STRING     : '\'' ( ~['\\] | '\\' . )* '\'' ;

FLOAT      : DIGIT* '.' DIGIT+ ;
NEG_FLOAT  : '-' DIGIT* '.' DIGIT+ ;
INT        : DIGIT+ ;
NEG_INT    : '-' DIGIT+ ;

fragment DIGIT : [0-9] ;

NAME       : [a-zA-Z_] [a-zA-Z0-9_]* ;
HYPHENATED : [a-zA-Z_] [a-zA-Z0-9_-]* ;

EQ     : '=' ;
NEQ    : '!=' ;
LE     : '<=' ;
LT     : '<' ;
GE     : '>=' ;
GT     : '>' ;
LBRACK : '[' ;
RBRACK : ']' ;
LPAREN : '(' ;
RPAREN : ')' ;
COLON  : ':' ;
DOT    : '.' ;
COMMA  : ',' ;
STAR   : '*' ;

// White space as Unicode defines it (WSpace=Y), as section 9.4 asks.
WS : [ \t\n\u000B\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+ -> skip ;

// Anything else becomes one token so that the parser, not the lexer, reports it with its position.
UNEXPECTED : . ;
