" Vim filetype plugin
" Language:    Civic — a council's Member/Officer relations protocol
" Maintainer:  the Civic authors
" License:     MIT (see LICENSE)

if exists("b:did_ftplugin")
  finish
endif
let b:did_ftplugin = 1

let s:cpo_save = &cpo
set cpo&vim

" '#' comments; gc-style plugins and gq use these.
setlocal commentstring=#\ %s
setlocal comments=:#
setlocal formatoptions-=t formatoptions+=croql
" Names have inner hyphens (england-and-wales, comply-with-media-policy):
" w, *, and completion take them whole.
setlocal iskeyword=@,48-57,_,192-255,-
" Blocks are indented by two spaces, as in the councils' files (indent/civic.vim).
setlocal expandtab shiftwidth=2 softtabstop=2
" gf on use "roles" finds roles.civic beside the file.
setlocal suffixesadd=.civic
" :make runs civic check on this file (compiler/civic.vim).
compiler civic

let b:undo_ftplugin = "setlocal commentstring< comments< formatoptions< iskeyword<"
      \ . " expandtab< shiftwidth< softtabstop< suffixesadd< makeprg< errorformat<"
      \ . " | unlet! b:current_compiler"

let &cpo = s:cpo_save
unlet s:cpo_save
