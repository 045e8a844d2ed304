" Vim compiler file
" Compiler:    civic check — for :make on a Civic protocol file
" Maintainer:  the Civic authors
" License:     MIT (see LICENSE)
"
" civic reports a problem as
"   FILE:LINE:COL: error: MESSAGE [CODE]      (or warning:)
"      12 | the source line
"         |     ^~~~~~
"   hint: what to write instead
" and ends with "FILE: N errors, N warnings".  Each problem becomes one entry
" of the quickfix list, its hints added to the message; the source line, the
" caret and the summary are left out (the [CODE] stays in the message).  civic
" counts columns in characters: %v (screen columns) agrees with it except
" after a tab.

if exists("current_compiler")
  finish
endif
let current_compiler = "civic"

if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

" g:civic_command names the civic to run (default: civic on the PATH).
execute 'CompilerSet makeprg=' . escape(get(g:, 'civic_command', 'civic'), ' \|"') . '\ check\ %:S'
" The patterns, in the order they are tried: a problem starts an entry; a
" hint is added to its message; the source line, the caret line, the summary
" and anything else are passed over.
let s:efm = [
      \ '%E%f:%l:%v: error: %m',
      \ '%W%f:%l:%v: warning: %m',
      \ '%+Chint: %.%#',
      \ '%-C%*[ ]%*[0-9] |%.%#',
      \ '%-C%*[ ]|%.%#',
      \ '%-G%f: %*[0-9] error%.%#',
      \ '%-G%.%#']
execute 'CompilerSet errorformat=' . escape(join(s:efm, ','), ' \|"')
unlet s:efm

let &cpo = s:cpo_save
unlet s:cpo_save
