#include "cli.h"
int cmd_test(int argc, char **argv) { (void)argc; (void)argv; return 2; }
int cmd_run(int argc, char **argv) { (void)argc; (void)argv; return 2; }
int cmd_repl(int argc, char **argv) { (void)argc; (void)argv; return 2; }
