# civic lsp on the command line: its usage errors (exit 2), what clients add
# (--stdio, --clientProcessId) taken, a message that is not JSON answered with a
# ParseError, and the end of input without shutdown (exit 1).  The sessions
# themselves are tests/lsp/client.py's and tests/lsp/jsonrpc.js's.

$ civic lsp --bogus
civic: unrecognized option '--bogus'
Try 'civic lsp --help' for more information.
[2]

$ civic lsp protocols/newent.civic
civic: 'protocols/newent.civic': civic lsp takes no file (the editor sends each document it opens)
Try 'civic lsp --help' for more information.
[2]

$ civic lsp --today 2025-02-30
civic: --today 2025-02-30: there is no such day
Try 'civic lsp --help' for more information.
[2]

$ civic lsp --stdio --clientProcessId=42 --today 2025-12-23 < /dev/null
[1]

$ { printf 'Content-Length: 9\r\n\r\n{"id":1,]' | civic lsp --stdio; echo " (exit $?)"; } | sed 's/\r/\\r/g'
Content-Length: 132\r
\r
{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the message is not JSON: string or '}' expected near ']' (at byte 9)"}} (exit 1)

$ { printf 'Content-Length: 2\r\n\r\n{}Content-Length: 58\r\n\r\n{"jsonrpc":"2.0","id":7,"method":"shutdown","params":null}' | civic lsp; echo " (exit $?)"; } | sed 's/\r/\\r/g'
Content-Length: 89\r
\r
{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"the message has no method"}}Content-Length: 115\r
\r
{"jsonrpc":"2.0","id":7,"error":{"code":-32002,"message":"the server is not initialized: send 'initialize' first"}} (exit 1)
