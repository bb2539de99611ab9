// Entry of the separately bundled Java parser (dist/java-parser.js): java-parser's lexer and parser, nothing else.
export { lexAndParse } from 'java-parser';
