#include "cli.h"
int cmd_repl(int argc, char **argv) { (void)argc; (void)argv; return 2; }
