/* cmd_diff_against — `civic diff --against MODEL PATH…`. */
#include "cmd_diff.h"

int cd_against(const cli_opts *o, const char *model)
{
    (void)o; (void)model;
    return 2;
}
